# if/elif/else chains, nested ifs, the conditional expression (incl.
# nested and chained), and pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 2 ** 47:
        return "medium"
    else:
        return "huge"


for v in range(-2, 12, 3):
    print(v, classify(v))
print(classify(2 ** 47 - 1), classify(2 ** 47), classify(-(2 ** 100)))


def sign(x):
    return -1 if x < 0 else 1 if x > 0 else 0


print(sign(-5), sign(0), sign(7), sign(-0.0), sign(1e-300), sign(-(2 ** 64)))
x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
if x:
    pass
else:
    print("unreachable")
y = "big" if x > 100 else "medium" if x > 4 else "small"
print(y)
print((1 if x else 2) + (3 if not x else 4))
if x == 5 and x > 0 or x / 0:
    print("short-circuit kept us safe")
if 0:
    print("no")
elif 0.0:
    print("no")
elif None:
    print("no")
elif "":
    print("no")
else:
    print("all falsy")
