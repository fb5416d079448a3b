match x:
 case C(a=1, 2, 3, b=4): pass
