def collect(rows):
    return [[x async for x in row] for row in rows]
