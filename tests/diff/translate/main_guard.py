# __name__ is "__main__" in the program itself; annotations are evaluated
# at def time.
def f(x: int) -> int:
    return x * 2


if __name__ == "__main__":
    print("main", f(21))
else:
    print("imported")
print(__name__)
