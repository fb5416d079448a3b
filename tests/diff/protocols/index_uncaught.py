# An __index__ returning a non-int, uncaught.
class I:
    def __index__(self):
        return "3"


print("start")
[1, 2, 3][I()]
