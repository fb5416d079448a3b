# Uncaught TypeError: __bool__ must return a bool.
class C:
    def __bool__(self):
        return 1
print(bool(C()) if False else "start")
if C():
    print("never")
