grid = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
for i in range(3):
    for j in range(3):
        grid[i][j] = i * 3 + j
print(grid)
tr = [[grid[j][i] for j in range(3)] for i in range(3)]
print(tr)
db = {"users": [{"name": "ann", "tags": ["a"]}, {"name": "bob", "tags": [1]}]}
print(db["users"][0]["name"], db["users"][1]["tags"])
db["users"][1]["name"] += "by"
print(db)
stack = []
stack += [1]
stack += [2, 3]
print(stack, stack[-1])
