def pairs(xs, ys):
    return [x for x in xs if (y := x) for y in ys]
