# Guards run after bindings; a failed guard leaves names bound and goes on.
log = []


def check(v, tag):
    log.append(tag)
    return v


def f(x):
    match x:
        case [a, b] if check(a > b, "g1"):
            return "desc"
        case [a, b] if check(a == b, "g2"):
            return "equal"
        case [a, b]:
            return ("asc", a, b)
    return "nothing"


print(f([2, 1]), f([3, 3]), f([1, 2]), f(5))
print(log)

match 5:
    case 1:
        print("one")
print("no case matched, no error")
