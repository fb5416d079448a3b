xs = [1, 2, 3, "a", (4, 5), None]
print(1 in xs, 4 in xs, "a" in xs, (4, 5) in xs, None in xs, 2.0 in xs)
print(1 not in xs, 4 not in xs)
print("ell" in "hello", "z" in "hello", "" in "", "\u00e9" in "caf\u00e9")
d = {"k": 1, 2: "v"}
print("k" in d, 1 in d, 2 in d, "v" in d, "k" not in d)
t = (1, (2, 3))
print((2, 3) in t, 2 in t)
print(1 in [] , 1 in (), 1 in {})
print(not 1 in xs, 1 in xs and 2 in xs, 1 in xs in [True])
if 3 in xs:
    print("yes")
if 9 not in xs:
    print("no 9")
n = 0
while n not in [3]:
    n += 1
print(n)
