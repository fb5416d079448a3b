# isinstance/issubclass with nested tuples, builtin types and their subclasses, bool.
class MyList(list):
    pass
class MyDict(dict):
    pass
checks = [isinstance(MyList(), list), isinstance([], MyList), issubclass(MyDict, dict), isinstance(True, (int,)),
          isinstance(1, bool), issubclass(bool, int), isinstance(range(1), (list, (tuple, range))),
          isinstance(slice(1), slice), isinstance(iter([]), object), issubclass(frozenset, set),
          isinstance({}.keys(), object), isinstance(1.0, (int, float)), isinstance(1j, complex),
          issubclass(MyList, (dict, list)), isinstance(None, object), isinstance(type, type), isinstance(int, object)]
print(checks)
