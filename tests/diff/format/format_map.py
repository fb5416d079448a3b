# str.format_map: keys from any mapping, no positional fields.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as e:
        print(type(e).__name__, e)


class Default:
    def __getitem__(self, key):
        return key * 2
print('{a} and {b}'.format_map({'a': 1, 'b': 2}))
print('{name:>8}|{x:.2f}'.format_map({'name': 'pi', 'x': 3.14159}))
print('{hello} {world!r}'.format_map(Default()))
print('{a[0]}'.format_map({'a': [9]}))
show(lambda: '{}'.format_map({}))
show(lambda: '{0}'.format_map({}))
show(lambda: '{z}'.format_map({'a': 1}))
show(lambda: '{a}'.format_map())
show(lambda: '{a}'.format_map({}, {}))
show(lambda: '{a}'.format_map(5))
