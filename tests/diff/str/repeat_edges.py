print(repr("" * 10), repr("a" * 0), repr("ab" * -1), "é" * 3, len("🐍" * 1000), ("ab" * 3) * 2, 2 * "xy" * 2)
print("ab" * True, repr("ab" * False), len("x" * 100000), ("é" * 300)[299], ("é" * 300)[-1], ("ab" * 200).count("ba"))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a" * "b")
show(lambda: "a" * 1.0)
show(lambda: "a" * None)
show(lambda: [1] * "a")
show(lambda: "a" * (2 ** 100))
