def f(flag):
    if flag:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return str(e)

print(f(True))
print(f(False))
