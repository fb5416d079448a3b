# A bare except catches everything, BaseExceptions included.
def f(k):
    if k == 0:
        raise SystemExit(5)
    if k == 1:
        raise KeyboardInterrupt
    if k == 2:
        raise GeneratorExit("g")
    return 1 // 0

for k in range(4):
    try:
        f(k)
    except Exception:
        print(k, "Exception")
    except:
        print(k, "bare")
print("done")
