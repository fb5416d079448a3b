# SystemExit is an ordinary BaseException until it reaches the top.
def show(code):
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print("caught", repr(e))

show(None)
show(0)
show(2)
show("msg")
try:
    raise SystemExit
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", repr(e))
raise SystemExit("bye")
