from __future__ import annotations, nested_generators
print("unreachable")
