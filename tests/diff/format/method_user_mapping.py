# format(**kwargs) copies keywords; format_map uses the mapping itself,
# calling __getitem__ each time a field needs it.
class Counting:
    def __init__(self):
        self.calls = []
    def __getitem__(self, key):
        self.calls.append(key)
        return len(self.calls)
c = Counting()
print('{a} {b} {a}'.format_map(c))
print(c.calls)
class Missing:
    def __getitem__(self, key):
        raise KeyError(key)
try:
    '{q}'.format_map(Missing())
except KeyError as e:
    print('KeyError', e)
