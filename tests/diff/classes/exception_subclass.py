class MyError(Exception):
    pass
class CodeError(MyError):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
e = CodeError(5)
print(e.code, e.args, str(e), repr(MyError("x")), isinstance(e, Exception))
raise CodeError(42)
