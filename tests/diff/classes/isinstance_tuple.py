class A: pass
class B: pass
class C(A): pass
print(isinstance(C(), (B, A)), isinstance(1, (A, int)), isinstance("s", (A, B)))
print(isinstance(True, int), isinstance(A, type), isinstance(3.5, (int, float)))
print(issubclass(bool, int), issubclass(C, (B,)), issubclass(C, object))
