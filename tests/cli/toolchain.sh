#!/bin/sh
# The three ways to run: run (libtcc), build ($CC -O2, $CC and $CFLAGS
# respected, -o before or after FILE), emit (C that gcc, clang and tcc
# compile without warnings at -Wall -Wextra, with readable comments).
. "$(dirname "$0")/_lib.sh"

cat >"$TMP/prog.py" <<'PY'
import_free = 1
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print("fib", fib(20), 2 ** 70, 1 / 3)
raise SystemExit(7)
PY
expect_status 7 "$MOLT2C" run "$TMP/prog.py" a b
expect_in "$TMP/out" "fib 6765 1180591620717411303424 0.3333333333333333"

expect_status 0 "$MOLT2C" build "$TMP/prog.py" -o "$TMP/prog"
expect_status 7 "$TMP/prog"
expect_in "$TMP/out" "fib 6765"
expect_status 0 "$MOLT2C" build -o "$TMP/prog2" "$TMP/prog.py"
expect_status 7 "$TMP/prog2"
(cd "$TMP" && "$MOLT2C" build prog.py) >/dev/null 2>&1 || fail "build without -o"
[ -x "$TMP/prog" ] || fail "build without -o made no ./prog"
expect_status 0 "$MOLT2C" build --keep-c "$TMP/prog.py" -o "$TMP/kept"
[ -f "$TMP/kept.c" ] || fail "--keep-c kept no C file"

# $CC is respected: a compiler that does not exist must fail the build.
expect_status 4 env CC=/nonexistent/cc "$MOLT2C" build "$TMP/prog.py" -o "$TMP/prog3"
expect_in "$TMP/err" "/nonexistent/cc"
# $CFLAGS is respected: -O0 -g still builds a working program.
expect_status 0 env CFLAGS="-O0 -g" "$MOLT2C" build "$TMP/prog.py" -o "$TMP/prog4"
expect_status 7 "$TMP/prog4"

expect_status 0 "$MOLT2C" emit "$TMP/prog.py" -o "$TMP/prog.c"
expect_in "$TMP/prog.c" "#include <molt/molt.h>"
expect_in "$TMP/prog.c" "/* 5: return fib(n - 1) + fib(n - 2) */"
expect_in "$TMP/prog.c" "MoltValue n"
expect_status 0 "$MOLT2C" emit --line-directives "$TMP/prog.py"
expect_in "$TMP/out" "#line 5"

# Generated C is warning-free in gcc, clang and tcc for every differential
# program molt2c accepts. gcc's -O2 warnings are checked where the C is
# compiled anyway: run-diff.sh builds each program with -Wall -Wextra
# -Werror. clang's warnings come from its front end, so -fsyntax-only sees
# all of them at a fraction of the cost of a -O2 compile.
INC="$MOLT_SRCDIR/include"
for py in "$MOLT_SRCDIR"/tests/diff/*/*.py "$TMP/prog.py"; do
    "$MOLT2C" emit "$py" -o "$TMP/t.c" 2>/dev/null || continue
    if command -v clang >/dev/null; then
        clang -std=c99 -Wall -Wextra -Werror -fsyntax-only -I"$INC" "$TMP/t.c" 2>"$TMP/ccerr" \
            || fail "clang warns on C for $py: $(head -c 300 "$TMP/ccerr")"
    fi
    tcc -Wall -Werror -I"$INC" -c "$TMP/t.c" -o "$TMP/t.o" 2>"$TMP/ccerr" \
        || fail "tcc warns on C for $py: $(head -c 300 "$TMP/ccerr")"
done
# gcc on the small program here, so a run with MOLT_DIFF_MODES=run still
# checks gcc once.
gcc -std=c99 -Wall -Wextra -Werror -O2 -I"$INC" -c "$TMP/prog.c" -o "$TMP/t.o" 2>"$TMP/ccerr" \
    || fail "gcc warns on C for prog.py: $(head -c 300 "$TMP/ccerr")"
finish
