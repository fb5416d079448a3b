# Uncaught TypeError from ordering complex numbers.
print(1j == 1j)
print(1j < 2j)
