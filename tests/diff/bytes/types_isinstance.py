print(type(b''), type(bytearray()), type(memoryview(b'')), bytes.__name__, bytearray.__name__, memoryview.__name__)
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), isinstance(b'', bytearray), isinstance(memoryview(b''), memoryview))
print(issubclass(bytes, object), bytes is type(b'x'), callable(bytes))
def f(x):
    match x:
        case bytes():
            return 'bytes'
        case bytearray():
            return 'bytearray'
        case [*_]:
            return 'sequence'
        case _:
            return 'other'
print(f(b'x'), f(bytearray()), f(memoryview(b'ab')), f([1]))
match b'abc':
    case b'abc':
        print('literal match')
match b'q':
    case bytes(x):
        print('captured', x)
