class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
e = NotFound("missing", code=404)
print(e.code, e.args, str(e), isinstance(e, AppError), isinstance(e, LookupError))
print(NotFound.__mro__)
raise e
