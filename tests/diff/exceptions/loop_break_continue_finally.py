# break and continue out of try bodies and handlers run the finally bodies
# of every try they leave, innermost first.
def f():
    i = 0
    while True:
        i = i + 1
        try:
            try:
                if i % 2 == 0:
                    continue
                if i > 6:
                    break
                print("body", i)
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return i

print(f())

for i in range(4):
    try:
        if i == 2:
            raise ValueError(i)
    except ValueError as e:
        print("handler", e)
        continue
    finally:
        print("f", i)
    print("after", i)
