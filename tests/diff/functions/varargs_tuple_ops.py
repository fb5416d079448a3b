def f(*args):
    return len(args), args
print(f(), f(1), f(*range(5)))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(*range(101)))
