class Table:
    rows = [1, 2, 3]
    big = [r for r in rows if (last := r) > 1]
