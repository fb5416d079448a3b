# bin, oct, hex of ints at the edges: zero, negatives ("-0b101"), the
# small/big boundary, 2**63, huge values, bools; non-ints are TypeErrors.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 47 - 1, -2 ** 47, 2 ** 47, 2 ** 63, -2 ** 63, 2 ** 64 - 1, 10 ** 40, -3 ** 100,
        True, False]
for v in vals:
    print(bin(v), oct(v), hex(v))
    print(int(bin(v), 0) == v, int(oct(v), 8) == v, int(hex(v), 16) == v)
for bad in [1.5, "5", None, 1j]:
    for f in [bin, oct, hex]:
        try:
            f(bad)
        except TypeError as e:
            print("TypeError", e)
for args in [(), (1, 2)]:
    try:
        hex(*args)
    except TypeError as e:
        print("TypeError", e)
print(len(bin(10 ** 1000)), hex(2 ** 4096 - 1).count("f") if False else len(hex(2 ** 4096 - 1)))
