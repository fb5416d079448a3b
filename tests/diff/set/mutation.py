# add/remove/discard/pop/clear, KeyError messages, changing a set while iterating.
s = set()
s.add(1)
s.add(1)
s.add("1")
print(len(s), s.discard(5), s.discard(1), s)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError", e, e.args)
try:
    s.remove((1, 2))
except KeyError as e:
    print("KeyError", e, e.args)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e, e.args)
p = set(range(5))
print([p.pop() for _ in range(5)], p)
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError", e)
def grow():
    q = {1, 2, 3}
    for x in q:
        q.add(x + 10)
def shrink():
    q = {1, 2, 3}
    for x in q:
        q.discard(x)
def same_size():
    q = {1, 2, 3}
    for x in q:
        q.discard(x)
        q.add(x + 100)
attempt("grow", grow)
attempt("shrink", shrink)
attempt("same_size", same_size)
q = {1, 2}
q.clear()
print(q, len(q), bool(q), bool({0}))
try:
    s.remove([])
except TypeError as e:
    print("TypeError", e)
print({1}.discard([]) if False else "skip")
try:
    {1}.discard([])
except TypeError as e:
    print("TypeError", e)
