# `:=` binds in the enclosing function (or module), like `=`.
def first_square_over(limit):
    for v in range(100):
        if (sq := v * v) > limit:
            print("square", sq)
            return v
    return None


print(first_square_over(50))
if (total := 2 + 3) > 4:
    print("total", total)
print(total)
