# Iterators stay exhausted; builtins that consume them; StopIteration inside next(it, default).
its = [iter([1, 2]), iter((1,)), iter("ab"), iter(range(2)), iter({1: 2}), iter({1}), enumerate([1]),
       zip([1], [2]), map(abs, [-1]), filter(None, [1]), reversed([1, 2]), iter(bytearray(b"a")), iter(b"z")]
for it in its:
    first = list(it)
    print(type(it).__name__, first, list(it), next(it, "done"))
