# dict | and |= (PEP 584): order, overriding, other mappings and errors.
a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("d", 5), ("a", 0)]
print(c)
c |= {}
print(c)
for bad in [lambda: a | [("x", 1)], lambda: a | 5, lambda: [("x", 1)] | a]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
try:
    c |= 5
except TypeError as e:
    print("TypeError", e)
try:
    c |= [1]
except TypeError as e:
    print("TypeError", e)
try:
    c |= ["ab", "abc"]
except ValueError as e:
    print("ValueError", e)
print(c)
class M(dict):
    pass
print(type(M(a) | b).__name__, M(a) | b, type(a | M(b)).__name__)
