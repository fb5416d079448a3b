# any/all short-circuit and len of every container, len errors.
calls = []
def t(v):
    calls.append(v)
    return v
print(any([t(0), t(1), t(2)]), calls)
calls.clear()
print(any(map(t, [0, 1, 2])), calls, all(map(t, [1, 0, 2])), calls)
print(any([]), all([]), any(""), all("abc"), any({0: 1}), all({1: 0}), any(range(0)), all(range(1, 5)))
print(len([1, 2]), len((1,)), len("héllo"), len(b"ab"), len({1: 2}), len({1}), len(range(5)), len(frozenset()), len(bytearray(3)))
class L:
    def __len__(self):
        return 7
class Neg:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 2**70
class F:
    def __len__(self):
        return 1.5
print(len(L()), bool(L()))
for f in [lambda: len(5), lambda: len(Neg()), lambda: len(Big()), lambda: len(F()), lambda: any(5), lambda: all(None)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
