s = [r'\d', b'\x00', rb'x', Br'y', f'{x!r:>{w}}', rF'{a}{{}}', u'\N{BULLET}', '''a
b''', """c\
d""", 'a' 'b' f'c']
