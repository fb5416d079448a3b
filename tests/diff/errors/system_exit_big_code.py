# SystemExit with a code above 255 exits with code & 0xFF on POSIX (258 -> 2).
print("exit 258")
raise SystemExit(258)
