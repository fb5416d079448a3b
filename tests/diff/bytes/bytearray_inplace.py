def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b'ab')
alias = ba
ba += b'cd'; ba += bytearray(b'e'); ba += memoryview(b'f'); print(ba, alias is ba)
ba *= 2; print(ba, alias is ba)
ba *= 0; print(ba, alias is ba)
ba = bytearray(b'xy'); ba *= -1; print(ba)
ba = bytearray(b'xy'); ba *= True; print(ba)
b = b'ab'
c = b
b += b'cd'; print(b, c, b is c)
b *= 2; print(b)
def iadd(x):
    global ba
    ba += x
def imul(x):
    global ba
    ba *= x
attempt(lambda: iadd('x'))
attempt(lambda: iadd([1]))
attempt(lambda: iadd(5))
attempt(lambda: imul('x'))
attempt(lambda: imul(1.5))
print(ba)
