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
# program molt2c accepts.
INC="$MOLT_SRCDIR/include"
for py in "$MOLT_SRCDIR"/tests/diff/*/*.py "$TMP/prog.py"; do
    "$MOLT2C" emit "$py" -o "$TMP/t.c" 2>/dev/null || continue
    for cc in gcc clang; do
        command -v $cc >/dev/null || continue
        $cc -std=c99 -Wall -Wextra -Werror -O2 -I"$INC" -c "$TMP/t.c" -o "$TMP/t.o" 2>"$TMP/ccerr" \
            || fail "$cc warns on C for $py: $(head -c 300 "$TMP/ccerr")"
    done
    tcc -Wall -Werror -I"$INC" -c "$TMP/t.c" -o "$TMP/t.o" 2>"$TMP/ccerr" \
        || fail "tcc warns on C for $py: $(head -c 300 "$TMP/ccerr")"
done
finish
