# Doubled braces are literal braces.
print('{{}}'.format(), '{{{}}}'.format(1), '{{0}}'.format(1), '}}{{'.format())
print('{{{0}}} {{{1}}}'.format('a', 'b'))
print('a{{b}}c{}d'.format('X'))
print('{{'.format(), '}}'.format(), '{{{{}}}}'.format())
print('{0:{{}}>5}'.format('x') if False else 'skip')
