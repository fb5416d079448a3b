# continue in a finally body discards the exception in flight.
count = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        count = count + 1
    finally:
        continue
print("count", count)

def f():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "loop ended"
print(f())
