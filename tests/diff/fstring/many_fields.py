# Many fields in one f-string (one join), and long results.
a, b, c, d, e = 1, 'two', 3.0, [4], None
s = f"{a}{b}{c}{d}{e}|{a}{b}{c}{d}{e}|{a}{b}{c}{d}{e}|{a}{b}{c}{d}{e}|{a}{b}{c}{d}{e}|{a}{b}{c}{d}{e}|{a}{b}{c}{d}{e}|{a}{b}{c}{d}{e}"
print(s, len(s))
long = 'x' * 300
print(len(f"{long}{long}{long:>1000}"), f"{long}"[-3:])
print(f"{'y' * 50:-^120}")
