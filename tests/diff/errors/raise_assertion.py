# raise of another builtin exception class with a message, from a function
# called inside a loop after some output.
def check(i):
    print("check", i)
    if i == 2:
        raise AssertionError("invariant broken at step 2")


for i in range(5):
    check(i)
