# try/finally at module level around normal code and a loop.
x = 0
try:
    for i in range(5):
        x = x + i
finally:
    print("x is", x)
while x > 5:
    try:
        x = x - 3
        if x < 6:
            break
    finally:
        print("step", x)
print("end", x)
