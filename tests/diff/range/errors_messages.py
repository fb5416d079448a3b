# range() argument errors and messages of CPython 3.11.
for f in [lambda: range(1, 2, 0), lambda: range(None), lambda: range(1, "a"), lambda: range(1, 2, 1.0),
          lambda: range(1, 2, 3, 4), lambda: range(), lambda: range(start=1), lambda: range(3)[3],
          lambda: range(3)[-4], lambda: range(3)[None], lambda: range(3).count(), lambda: range(3).index(),
          lambda: len(range(2**63)), lambda: range(2**63)[2**63], lambda: iter(range(3)).__next__(1)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
