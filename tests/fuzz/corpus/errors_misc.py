print 'hello'
1__0
0b2
012
(]
