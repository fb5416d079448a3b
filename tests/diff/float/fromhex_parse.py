# float.fromhex(): syntax (prefix, point, exponent, whitespace, inf/nan
# spellings), exact rounding half to even at 53 bits and in the
# subnormal range, overflow and the error messages.
cases = ["0x1p0", "1", "-0x1.8p1", " +0X1.8P+1 ", "\t0x.8\n", "0x1.", ".8", "a.b", "0xA.Bp-2",
         "inf", "-Infinity", "iNf", "+nan", "-NaN", "infinit", "nanx",
         "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-1076", "0x1.8p-1074",
         "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1.fffffffffffffp1023", "0x1p1024", "0x1p1023",
         "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
         "0x1.00000000000007ffffp0", "0x0.00000000000008p0", "0x" + "0" * 60 + "1p0", "0x1" + "0" * 60 + "p-240",
         "0x1p99999", "0x1p-99999", "0x1p+00000000000000000000000000001", "0x1p-9999999999999999999999",
         "0x1p9999999999999999999999", "0x0p9999999999999999999999", "0x", "0xp1", "0x1p", "0x1p+", "0x1e",
         "", " ", "0x1 p0", "0x1.8.8", "1_0", "0x1,5", "- 0x1", "0x1\x00"]
for s in cases:
    try:
        v = float.fromhex(s)
        print(repr(s), repr(v), v.hex())
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for bad in [1, None, 1.5, [1]]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print("TypeError", e)
print(float.fromhex("0x1.999999999999ap-4") == 0.1, float.fromhex((0.1).hex()))
