# for over range() with 1, 2 and 3 arguments: negative steps, empty ranges,
# steps that overshoot, and the loop variable's value after the loop.
def show(a, b, c):
    n = 0
    for i in range(a, b, c):
        print(i, end=" ")
        n += 1
    print("|", n)


for i in range(5):
    print(i, end=" ")
print()
for i in range(-3):
    print("never")
for i in range(2, 7):
    print(i, end=" ")
print()
show(0, 10, 3)
show(10, 0, -3)
show(10, 0, -1)
show(-10, -20, -4)
show(5, 5, 1)
show(5, 0, 1)
show(0, 5, -1)
show(0, 10, 100)
show(-5, 5, 5)
show(7, -8, -5)
show(-2, 2, 1)
for i in range(3):
    pass
print("after", i)
for j in range(10, 0, -2):
    pass
print("after", j)
i = 99
for i in range(0):
    pass
print("unchanged", i)
for k in range(4):
    k = k * 100
    print(k, end=" ")
print(k)
