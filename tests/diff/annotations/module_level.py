# Annotated assignments at module level fill __annotations__ in order.
x: int = 5
y: str
z: "forward" = "zed"
count: int = x + 1
print(x, count, z)
print(__annotations__)
if x > 3:
    inner: float = 2.5
for i in range(2):
    loop_var: bool = True
print(__annotations__)
print(inner, loop_var)
