# CPython 3.11 refuses to convert ints of more than 4300 decimal digits to
# str (ValueError); 10**4299 (4300 digits) is fine, 10**4300 is not.
print(10 ** 4299 % 997)
print(10 ** 4299 // 10 ** 4290)
print(10 ** 4300)
