def f():
    try:
        1 // 0
    except ZeroDivisionError as err:
        print("handled")
    print(err)

f()
