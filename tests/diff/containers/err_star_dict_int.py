print({"a": 1, **3})
