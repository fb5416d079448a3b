#!/bin/sh
# Source errors: a SyntaxError is reported as CPython reports it (exit 1,
# same last line); an unsupported construct is one line naming construct,
# file, line and column (exit 3); nothing is run in either case.
. "$(dirname "$0")/_lib.sh"

printf 'print("before")\nx = (1 +\n' >"$TMP/bad.py"
for cmd in run build emit ir ast; do
    expect_status 1 "$MOLT2C" $cmd "$TMP/bad.py"
    want=$("$PYTHON3" "$TMP/bad.py" 2>&1 | tail -n 1)
    got=$(tail -n 1 "$TMP/err")
    [ "$got" = "$want" ] || fail "$cmd: last stderr line '$got', CPython says '$want'"
    if grep -q before "$TMP/out"; then fail "$cmd ran a program with a syntax error"; fi
done

printf 'print("before")\n\nimport os\n' >"$TMP/cls.py"
for cmd in run build emit ir; do
    expect_status 3 "$MOLT2C" $cmd "$TMP/cls.py"
    expect_in "$TMP/err" "$TMP/cls.py:3:1: error: 'import' is not supported by molt2c yet"
    [ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "$cmd: unsupported construct should be one line"
    if grep -q before "$TMP/out"; then fail "$cmd ran an unsupported program"; fi
done
# The AST of any valid program prints, supported or not.
expect_status 0 "$MOLT2C" ast "$TMP/cls.py"

printf 'class I(range):\n    pass\n' >"$TMP/sub.py"
expect_status 3 "$MOLT2C" run "$TMP/sub.py"
expect_in "$TMP/err" "sub.py:1:9: error: subclassing this builtin type is not supported by molt2c yet"

printf 'for x in (y for y in [1, 2]):\n    print(x)\n' >"$TMP/list.py"
expect_status 3 "$MOLT2C" run "$TMP/list.py"
expect_in "$TMP/err" "list.py:1:10: error:"

printf 'def f():\n    break\n' >"$TMP/brk.py"
expect_status 1 "$MOLT2C" run "$TMP/brk.py"
want=$("$PYTHON3" "$TMP/brk.py" 2>&1 | tail -n 1)
[ "$(tail -n 1 "$TMP/err")" = "$want" ] || fail "'break' outside loop: got '$(tail -n 1 "$TMP/err")', want '$want'"
# The module namespace as a dict is refused where the builtin is called
# (in functions, locals() and vars() are snapshots; in class bodies, the
# namespace).
printf 'x = 1\nprint(vars())\n' >"$TMP/vars.py"
expect_status 3 "$MOLT2C" run "$TMP/vars.py"
expect_in "$TMP/err" "vars.py:2:7: error: vars() without an argument is not supported by molt2c yet"
printf 'def f():\n    return dir()\n' >"$TMP/dir.py"
expect_status 3 "$MOLT2C" run "$TMP/dir.py"
expect_in "$TMP/err" "dir.py:2:12: error: dir() without an argument is not supported by molt2c yet"
printf 'x = 1\nprint(globals())\n' >"$TMP/glob.py"
expect_status 3 "$MOLT2C" run "$TMP/glob.py"
expect_in "$TMP/err" "glob.py:2:7: error: globals() is not supported by molt2c yet"
printf 'print(locals())\n' >"$TMP/loc.py"
expect_status 3 "$MOLT2C" run "$TMP/loc.py"
expect_in "$TMP/err" "loc.py:1:7: error: locals() is not supported by molt2c yet"
finish
