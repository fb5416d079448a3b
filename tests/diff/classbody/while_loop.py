# while loops in a class body
class Counter:
    n = 0
    steps = []
    while n < 4:
        n += 1
        if n == 2:
            continue
        steps.append(n)
    else:
        finished = n
    while True:
        n -= 1
        if n < 1:
            break


print(Counter.n, Counter.steps, Counter.finished)
