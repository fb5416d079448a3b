# assert with and without a message, caught.
def check(x):
    assert x > 0, "x must be positive"
    assert x < 100
    assert x != 50, x
    return x

def run(v):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", repr(e), str(e))

run(1)
run(-1)
run(200)
run(50)
try:
    assert (), ("tuple", 1)
except AssertionError as e:
    print(repr(e))
