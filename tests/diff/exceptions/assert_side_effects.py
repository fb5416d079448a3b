# The message is evaluated only when the assertion fails.
def msg():
    print("message evaluated")
    return "m"

assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print("caught", e)
try:
    assert 1 // 0, msg()
except ZeroDivisionError as e:
    print("test raised", e)
