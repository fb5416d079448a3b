# raise SystemExit(3): no traceback, exit status 3, stdout flushed.
def finish(code):
    print("finishing with", code)
    raise SystemExit(code)


for i in range(3):
    print("line", i)
finish(3)
print("not reached")
