# multiple solid bases: instance lay-out conflict
def attempt(make):
    try:
        make()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)


def int_str():
    class C(int, str):
        pass


def list_dict():
    class C(list, dict):
        pass


def int_exc():
    class C(int, Exception):
        pass


def float_tuple():
    class C(float, tuple):
        pass


def list_set():
    class C(set, list):
        pass


def fine():
    class A(int):
        pass

    class B(A):
        pass

    class M:
        pass

    class C(M, B):
        pass

    return C


def tuple_slots():
    class T(tuple):
        __slots__ = ("a",)


def int_empty_slots():
    class I(int):
        __slots__ = ()

    return I(3)


for f in (int_str, list_dict, int_exc, float_tuple, list_set, fine, tuple_slots, int_empty_slots):
    attempt(f)
