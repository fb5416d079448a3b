# raise of a builtin exception with a message, from inside nested calls.
def check(n):
    if n > 2:
        raise ValueError("n too large: limit is 2")
    return n


def run(k):
    for i in range(k):
        print("checked", check(i))


run(5)
