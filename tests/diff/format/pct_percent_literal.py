# %% is a literal percent sign.
print('100%%' % (), '%d%%' % 50, '%%s' % (), '%%%d%%' % 3, '%s%%%s' % ('a', 'b'))
print('%%' % {}, '%(a)s%%' % {'a': 1})
