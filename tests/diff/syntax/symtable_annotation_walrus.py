from __future__ import annotations

def f(x: (n := int)) -> None:
    pass
