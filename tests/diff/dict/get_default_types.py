# get/setdefault/pop defaults of every kind are returned as is (identity kept).
d = {}
sentinel = object()
lst = []
print(d.get(1, sentinel) is sentinel, d.setdefault("l", lst) is lst, d.pop("zz", lst) is lst, d.get("l") is lst)
print(d.get(None), d.get((), ()), d.get(0.0, 0), d.setdefault(None, None), d)
