# str.encode: codecs, error handlers, argument errors
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"))
print("héllo".encode("latin-1"), "€".encode("utf8"), "😀".encode())
print("héllo €".encode("ascii", "replace"), "héllo €".encode("ascii", "ignore"))
print("héllo €".encode("ascii", "backslashreplace"), "héllo".encode("latin1", errors="strict"))
print("".encode(), type("".encode()).__name__, "x".encode(encoding="UTF-8"))
print("a\udcffb".encode("utf-8", "surrogateescape"))
for enc, err in [("ascii", "strict"), ("latin-1", "strict"), ("utf-8", "strict"), ("nope", "strict")]:
    try:
        print("h€llo\ud800".encode(enc, err))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    "x".encode(1)
except TypeError as e:
    print(e)
try:
    "x".encode("utf-8", 2)
except TypeError as e:
    print(e)
e = None
try:
    "aé".encode("ascii")
except UnicodeEncodeError as err:
    e = err
print(e.encoding, e.start, e.end, e.reason, repr(e.object))
print(str.encode("abc"), "ü".encode("utf-8").decode("utf-8") == "ü")
