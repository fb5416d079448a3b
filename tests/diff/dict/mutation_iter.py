# Changing a dict's size while iterating it, its views or its reverse.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError", e)
def add_keys():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def del_keys():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def change_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    print(d)
def via_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d[v + 100] = 1
def via_items():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(k)
def pop_and_readd():
    d = {1: 1, 2: 2}
    for k in d:
        d.pop(k)
        d[k] = 1
def clear_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
attempt("add", add_keys)
attempt("del", del_keys)
attempt("values", change_values)
attempt("via_values", via_values)
attempt("via_items", via_items)
attempt("pop_readd", pop_and_readd)
attempt("clear", clear_during)
