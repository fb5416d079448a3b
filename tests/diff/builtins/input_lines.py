# input() reads lines from stdin (empty here, as under make check: the
# harness gives no input), so it raises EOFError after writing the prompt.
print("before")
try:
    s = input("name? ")
    print(repr(s))
except EOFError as e:
    print("EOFError", e)
try:
    input()
except EOFError as e:
    print("EOFError", e)
for bad in [lambda: input(1, 2), lambda: input(prompt="x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
