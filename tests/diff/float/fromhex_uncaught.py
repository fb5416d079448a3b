# Uncaught OverflowError from float.fromhex.
print(float.fromhex("0x1.fffffffffffffp1023"))
print(float.fromhex("0x1p1024"))
