# raise SystemExit(0) stops the program successfully mid-loop.
for i in range(10):
    if i == 4:
        raise SystemExit(0)
    print(i)
