#!/bin/sh
# `molt2c symtable` prints what tests/parser/symtable_dump.py prints from
# Python's symtable module (docs/symtable.md): on the example, differential
# and benchmark programs, and on the scoping cases below; where Python's
# symtable raises SyntaxError, molt2c must fail with the same message on
# the same line.
. "$(dirname "$0")/_lib.sh"

DUMP=$MOLT_SRCDIR/tests/parser/symtable_dump.py

# Scoping constructs the differential programs (limited to what molt2c
# runs today) do not reach.
cat >"$TMP/classes.py" <<'EOF'
import os.path as osp, sys
from collections import *


class Base:
    pass


class Shape(Base, metaclass=type):
    sides: int = 0
    __secret = 1
    __dunder__ = 2

    def __init__(self, name, *args, scale=1, **kw):
        super().__init__()
        self.__name = name
        self.area = [a * scale for a in args if a]

    def __private(self):
        return __class__, self.__secret, __secret

    @staticmethod
    def make(cls=None):
        return lambda *a, **k: Shape(*a, **k)

    class __Inner:
        def m(self):
            return __secret

    def top(self):
        x = 1
        return x


def outer(n):
    total = 0
    items = []

    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total

    class Local:
        total = 5

        def get(self):
            return total + n

    def deep():
        def deeper():
            return items, n
        return deeper

    return add, Local, deep


def walrus(xs):
    ys = [y for x in xs if (y := x * 2)]
    g = (z for z in xs)
    d = {k: v for k, v in zip(xs, xs)}
    s = {w for w in xs for q in range(w) if q}
    nested = [[(last := a) for a in range(b)] for b in xs]
    return ys, g, d, s, nested, last, y


[(m := i) for i in range(3)]
print(m)


def glob():
    global G
    G = 1
    [(G := 2) for _ in range(1)]
    return G


async def coro(it):
    async with it as v:
        async for w in v:
            await w
    return [u async for u in it], (t async for t in it)


def matcher(cmd):
    match cmd:
        case [first, *rest] if first:
            return rest
        case {"k": val, **others}:
            return val, others
        case Shape(sides=s) | Base(sides=s):
            return s
        case str() as text:
            return text
        case _:
            return None


try:
    pass
except (KeyError, ValueError) as err:
    print(err)
else:
    pass
finally:
    pass

with open("f") as (fh), open("g") as gh:
    del fh
for i, (j, k) in enumerate([]):
    i += 1
    j: int = 2
    (k): int = 3
    k.attr: str
genexpr = 1
listcomp = [listcomp for listcomp in range(2)]
EOF

cat >"$TMP/future.py" <<'EOF'
"""Annotations are strings under the future import: their names vanish."""
from __future__ import annotations

x: Annot = 1


def f(a: A, *b: B, c: C = None, **d: D) -> R:
    v: V = [w for w in a]
    return lambda: v


class K:
    attr: Attr
EOF

for py in "$TMP"/classes.py "$TMP"/future.py "$MOLT_SRCDIR"/examples/*.py "$MOLT_SRCDIR"/tests/diff/*/*.py \
    "$MOLT_SRCDIR"/bench/*.py; do
    if "$PYTHON3" "$DUMP" "$py" >"$TMP/want" 2>"$TMP/pyerr"; then
        "$MOLT2C" symtable "$py" >"$TMP/got" 2>"$TMP/err" || {
            fail "symtable $py: $(head -c 300 "$TMP/err")"
            continue
        }
        cmp -s "$TMP/want" "$TMP/got" || fail "symtable differs from Python's for $py: $(diff "$TMP/want" "$TMP/got" | head -5)"
        continue
    fi
    # Python's symtable refused the file: the same SyntaxError from molt2c.
    # (A file Python cannot even parse is ast.sh's business.)
    "$PYTHON3" -c "import ast,sys; ast.parse(open(sys.argv[1],'rb').read())" "$py" 2>/dev/null || continue
    case $(cat "$TMP/pyerr") in
    *": SyntaxError: "*) ;;
    *) continue ;;
    esac
    want=$(sed -n 's/^[^:]*:\([0-9]*\): SyntaxError: \(.*\)$/line \1: SyntaxError: \2/p' "$TMP/pyerr")
    if "$MOLT2C" symtable "$py" >/dev/null 2>"$TMP/err"; then
        fail "symtable $py: succeeded, Python's symtable says $want"
        continue
    fi
    got="line $(sed -n 's/^  File ".*", line \([0-9]*\)$/\1/p' "$TMP/err" | head -n 1): $(tail -n 1 "$TMP/err")"
    [ "$got" = "$want" ] || fail "symtable $py: '$got', Python's symtable says '$want'"
done

# Several files: the dumps one after the other.
"$MOLT2C" symtable "$TMP/classes.py" "$TMP/future.py" >"$TMP/got" 2>"$TMP/err" || fail "symtable with two files: $(cat "$TMP/err")"
"$PYTHON3" "$DUMP" "$TMP/classes.py" "$TMP/future.py" >"$TMP/want"
cmp -s "$TMP/want" "$TMP/got" || fail "symtable with two files differs from the two dumps"
finish
