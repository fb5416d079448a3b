# type.__or__ with operands that are not types keeps CPython's TypeError
# (X | Y of two types, types.UnionType, is refused by molt2c with a
# NotImplementedError: docs/compatibility.md).
for bad in [lambda: int | 5, lambda: 5 | int, lambda: int | "a"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(hasattr(type, "__or__"), hasattr(type, "__ror__"))
