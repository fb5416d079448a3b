# Replacement fields inside format specs.
x = 3.14159265
w = 12
p = 3
fill = '*'
align = '^'
print(f"{x:{w}.{p}f}|")
print(f"{x:{w}}|{x:.{p}}|{x:{fill}{align}{w}.{p}e}|")
print(f"{'ab':{fill}>{w}}|{42:{'0'}{w}d}|{255:#{'x'}}")
for width in range(3, 7):
    print(f"{'x':>{width}}|{width:0{width}b}|")
print(f"{x:{'.2f' if p > 2 else '.1f'}}")
spec = '>10,.2f'
print(f"{1234567.891:{spec}}|")
