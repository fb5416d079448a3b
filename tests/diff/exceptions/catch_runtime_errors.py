# Exceptions raised by the runtime are caught by their class and bases.
def div(a, b):
    return a // b

for b in range(-1, 2):
    try:
        print(div(7, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

try:
    undefined_name
except NameError as e:
    print("NameError:", e)

try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)

try:
    2 ** 100000.5
except OverflowError as e:
    print("OverflowError:", e)
except ArithmeticError as e:
    print("ArithmeticError:", e)

try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
