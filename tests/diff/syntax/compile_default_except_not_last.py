try:
    x = 1 / 0
except:
    print("any")
except ZeroDivisionError:
    print("zero")
