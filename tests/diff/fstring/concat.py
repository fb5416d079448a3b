# Implicit concatenation of f-strings with plain strings.
a = 'A'
b = 'B'
s = ('start ' f'{a}' ' middle ' f'{b}' ' end')
print(s)
print(f"{a}" f"{b}", f"{a}" "{b}", "{a}" f"{b}", 'x' 'y' f'{a}{b}')
print(f'{a}' + f'{b}', f'{a}' * 3)
