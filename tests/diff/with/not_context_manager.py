# Objects without __enter__/__exit__ are refused with CPython's message.
def use(x):
    try:
        with x:
            print("never")
    except TypeError as e:
        print(e)

use(1)
use("s")
use(None)
use(ValueError())
use(use)
