# Templates and fields with non-ASCII text.
print('€{}€{}€'.format('ü', 'ß'))
print('{ключ} {名前}'.format(ключ='значение', 名前='なまえ'))
print('{0:é^9}|{1:日<4}|'.format('ñ', 7))
print('{:\U0001f600>5}'.format('x'))
print('{0[ü]}'.format({'ü': 'umlaut'}))
