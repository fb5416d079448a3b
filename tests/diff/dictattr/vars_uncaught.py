print(vars(len) if False else "start")
vars(42)
