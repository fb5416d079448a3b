# Every builtin exception class is caught by its CPython 3.11 base.
def check(cls, base):
    try:
        raise cls
    except base:
        return 1
    except BaseException:
        print("wrong base for", cls)
    return 0

n = 0
n = n + check(GeneratorExit, BaseException)
n = n + check(KeyboardInterrupt, BaseException)
n = n + check(SystemExit, BaseException)
n = n + check(Exception, BaseException)
n = n + check(ArithmeticError, Exception)
n = n + check(FloatingPointError, ArithmeticError)
n = n + check(OverflowError, ArithmeticError)
n = n + check(ZeroDivisionError, ArithmeticError)
n = n + check(AssertionError, Exception)
n = n + check(AttributeError, Exception)
n = n + check(BufferError, Exception)
n = n + check(EOFError, Exception)
n = n + check(ImportError, Exception)
n = n + check(ModuleNotFoundError, ImportError)
n = n + check(LookupError, Exception)
n = n + check(IndexError, LookupError)
n = n + check(KeyError, LookupError)
n = n + check(MemoryError, Exception)
n = n + check(NameError, Exception)
n = n + check(UnboundLocalError, NameError)
n = n + check(OSError, Exception)
n = n + check(BlockingIOError, OSError)
n = n + check(ChildProcessError, OSError)
n = n + check(ConnectionError, OSError)
n = n + check(BrokenPipeError, ConnectionError)
n = n + check(ConnectionAbortedError, ConnectionError)
n = n + check(ConnectionRefusedError, ConnectionError)
n = n + check(ConnectionResetError, ConnectionError)
n = n + check(FileExistsError, OSError)
n = n + check(FileNotFoundError, OSError)
n = n + check(InterruptedError, OSError)
n = n + check(IsADirectoryError, OSError)
n = n + check(NotADirectoryError, OSError)
n = n + check(PermissionError, OSError)
n = n + check(ProcessLookupError, OSError)
n = n + check(TimeoutError, OSError)
n = n + check(ReferenceError, Exception)
n = n + check(RuntimeError, Exception)
n = n + check(NotImplementedError, RuntimeError)
n = n + check(RecursionError, RuntimeError)
n = n + check(StopAsyncIteration, Exception)
n = n + check(StopIteration, Exception)
n = n + check(SyntaxError, Exception)
n = n + check(IndentationError, SyntaxError)
n = n + check(TabError, IndentationError)
n = n + check(SystemError, Exception)
n = n + check(TypeError, Exception)
n = n + check(ValueError, Exception)
n = n + check(UnicodeError, ValueError)
n = n + check(Warning, Exception)
n = n + check(BytesWarning, Warning)
n = n + check(DeprecationWarning, Warning)
n = n + check(EncodingWarning, Warning)
n = n + check(FutureWarning, Warning)
n = n + check(ImportWarning, Warning)
n = n + check(PendingDeprecationWarning, Warning)
n = n + check(ResourceWarning, Warning)
n = n + check(RuntimeWarning, Warning)
n = n + check(SyntaxWarning, Warning)
n = n + check(UnicodeWarning, Warning)
n = n + check(UserWarning, Warning)
n = n + check(EnvironmentError, Exception)
n = n + check(IOError, Exception)
print(n, "classes caught by their base")
print(EnvironmentError is OSError, IOError is OSError)
try:
    raise ExceptionGroup("eg", (ValueError(1),))
except Exception as e:
    print("ExceptionGroup is an Exception:", e)
try:
    raise UnicodeDecodeError
except TypeError as e:
    print(e)
try:
    raise UnicodeEncodeError("ascii", "x", 0, 1, 2)
except TypeError as e:
    print(e)
try:
    raise UnicodeTranslateError("x", 0, 1, "r")
except UnicodeError as e:
    print(type(e))
