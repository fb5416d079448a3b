# Capture patterns bind names; AS patterns; guards see the bindings.
def f(x):
    match x:
        case 0 as zero:
            return ("zero", zero)
        case int(n) if n < 0:
            return ("negative", n)
        case (1 | 2) as small:
            return ("small", small)
        case other:
            return ("other", other)


for v in [0, -5, 1, 2, 3, "s"]:
    print(f(v))

y = 10
match 20:
    case y if y > 100:
        print("big")
    case z:
        print("z", z, "y", y)
print(y)
