# A `continue` in a try body compiles the finally body on the spot, so the
# error inside the finally body (line 8) is found before the `continue`'s own.
print("start")
try:
    x = 1
    continue
finally:
    break
