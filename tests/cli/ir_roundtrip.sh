#!/bin/sh
# The Molt IR text is a real interface (docs/ir.md): for every differential
# program molt2c accepts, `molt2c ir x.mir` prints back exactly the text
# `molt2c ir x.py` printed; on a sample, `molt2c run x.mir` behaves as
# `molt2c run x.py` (stdout, stderr, exit status), and build and emit work
# from a .mir. Malformed IR is one `FILE:LINE: error:` line and exit 1.
. "$(dirname "$0")/_lib.sh"
: "${MOLT_SRCDIR:?MOLT_SRCDIR must point at the source tree}"

# ---- round trip of the text, and run from it for a sample ----

n=0
nsample=0
for py in "$MOLT_SRCDIR"/tests/diff/*/*.py; do
    base=$(basename "$py" .py)
    # Programs molt2c refuses (unsupported constructs) have no IR.
    "$MOLT2C" ir "$py" >"$TMP/$base.mir" 2>/dev/null || continue
    n=$((n + 1))
    if ! "$MOLT2C" ir "$TMP/$base.mir" >"$TMP/$base.2.mir" 2>"$TMP/err"; then
        fail "$base: reading its IR back failed: $(head -c 400 "$TMP/err")"
        continue
    fi
    cmp -s "$TMP/$base.mir" "$TMP/$base.2.mir" || fail "$base: the IR read back prints differently"
    # Every 11th program also runs from its IR (about 10 in all).
    [ $((n % 11)) -eq 1 ] || continue
    nsample=$((nsample + 1))
    "$MOLT2C" run "$py" >"$TMP/py.out" 2>"$TMP/py.err"
    want=$?
    "$MOLT2C" run "$TMP/$base.mir" >"$TMP/mir.out" 2>"$TMP/mir.err"
    got=$?
    [ "$got" -eq "$want" ] || fail "$base: run from IR exited $got, from source $want"
    cmp -s "$TMP/py.out" "$TMP/mir.out" || fail "$base: run from IR printed different stdout"
    cmp -s "$TMP/py.err" "$TMP/mir.err" || fail "$base: run from IR printed different stderr"
done
[ "$n" -ge 50 ] || fail "only $n differential programs gave IR (tests/diff missing?)"
[ "$nsample" -ge 5 ] || fail "only $nsample programs ran from IR"

# ---- build and emit from a .mir ----

cat >"$TMP/prog.py" <<'PY'
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def scale(a, b=2):
    return a * b

for i in range(3):
    print(fib(15), scale(i), i, sep="-", end=";\n")
print("caf\u00e9 \"q\"\t\\", 2 ** 80, -0.0, 1e300 * 10)
raise SystemExit(5)
PY
"$MOLT2C" ir "$TMP/prog.py" >"$TMP/prog.mir" || fail "ir prog.py"
expect_status 5 "$MOLT2C" run "$TMP/prog.mir"
cp "$TMP/out" "$TMP/run.out"
expect_in "$TMP/run.out" "610-0-0;"
expect_status 0 "$MOLT2C" build "$TMP/prog.mir" -o "$TMP/prog"
expect_status 5 "$TMP/prog"
cmp -s "$TMP/out" "$TMP/run.out" || fail "build from IR: output differs from run"
rm -f "$TMP/prog"
(cd "$TMP" && "$MOLT2C" build prog.mir) >/dev/null 2>&1 || fail "build prog.mir without -o"
[ -x "$TMP/prog" ] || fail "build prog.mir without -o made no ./prog"
grep -q '^module ' "$TMP/prog.mir" || fail "build prog.mir without -o overwrote prog.mir"
expect_status 0 "$MOLT2C" emit "$TMP/prog.mir" -o "$TMP/prog.c"
"$MOLT2C" emit "$TMP/prog.py" -o "$TMP/prog_py.c" || fail "emit prog.py"
# The same C but for the quoted source lines, which the IR does not hold.
sed 's,/\*.*\*/,,' "$TMP/prog.c" >"$TMP/a.c"
sed 's,/\*.*\*/,,' "$TMP/prog_py.c" >"$TMP/b.c"
cmp -s "$TMP/a.c" "$TMP/b.c" || fail "emit from IR: the C differs from the C emitted from source beyond comments"
cc=${CC:-cc}
if command -v "$cc" >/dev/null 2>&1; then
    "$cc" -fsyntax-only -Wall -Wextra -Werror -I"$MOLT_SRCDIR/include" "$TMP/prog.c" >"$TMP/err" 2>&1 ||
        fail "C emitted from IR does not compile warning-free with $cc: $(head -c 400 "$TMP/err")"
fi
expect_status 2 "$MOLT2C" ast "$TMP/prog.mir"
[ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "ast x.mir: the usage error should be one line"

# ---- malformed IR: one line `FILE:LINE: error: ...`, exit 1 ----

# bad NAME LINE: write stdin to NAME.mir; every command must reject it at LINE.
bad() {
    cat >"$TMP/$1.mir"
    for cmd in ir run emit build; do
        if [ "$cmd" = build ]; then
            "$MOLT2C" build "$TMP/$1.mir" -o "$TMP/$1.exe" >"$TMP/out" 2>"$TMP/err"
        else
            "$MOLT2C" "$cmd" "$TMP/$1.mir" >"$TMP/out" 2>"$TMP/err"
        fi
        st=$?
        [ "$st" -eq 1 ] || fail "$1 ($cmd): exit status $st, expected 1; stderr: $(head -c 300 "$TMP/err")"
        [ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "$1 ($cmd): expected one line on stderr, got: $(head -c 300 "$TMP/err")"
        grep -q "^$TMP/$1.mir:$2: error: ." "$TMP/err" || fail "$1 ($cmd): expected '$1.mir:$2: error: ...', got: $(head -c 300 "$TMP/err")"
        [ -s "$TMP/out" ] && fail "$1 ($cmd): wrote to stdout"
    done
}

# mutate NAME LINE SED-SCRIPT: prog.mir edited by SED-SCRIPT is rejected at LINE.
mutate() {
    sed "$3" "$TMP/prog.mir" >"$TMP/edit"
    cmp -s "$TMP/edit" "$TMP/prog.mir" && fail "$1: the edit changed nothing (has the printed form changed?)"
    bad "$1" "$2" <"$TMP/edit"
}

: | bad empty 1
printf '\n; just a comment\n\n' | bad blank 3
printf '\211PNG\r\n\032\n' | bad garbage 1
printf 'module __main__ file "x.py" cname x\n\001\002\n' | bad control 2
printf 'module __main__ file "x.py" cname x\nglobal \377\376\n' | bad bad_utf8 2
printf 'module __main__ file "x.py" cname x\nglobal __name__\n' | bad no_functions 2
head -n 30 "$TMP/prog.mir" | bad truncated 30
sed '$d' "$TMP/prog.mir" | bad no_closing_brace "$(($(wc -l <"$TMP/prog.mir") - 1))"
head -c "$(($(wc -c <"$TMP/prog.mir") - 40))" "$TMP/prog.mir" >"$TMP/cut"
ncut=$(awk 'END { print NR }' "$TMP/cut")
bad cut_mid_line "$ncut" <"$TMP/cut"

line_of() { grep -n -m 1 -e "$1" "$TMP/prog.mir" | cut -d: -f1; }
l=$(line_of ' = sub ')
mutate unknown_opcode "$l" "${l}s/ = sub / = subtract /"
l=$(line_of 'jump b')
mutate jump_out_of_range "$l" "${l}s/jump b[0-9]*/jump b99/"
# A block in range that has no label.
l=$(line_of 'branch ')
b=$(sed -n "1,${l}p" "$TMP/prog.mir" | grep -n 'blocks ' | tail -n 1 | cut -d: -f1)
mutate jump_undefined "$l" "${b}s/blocks [0-9]*/blocks 99/; ${l}s/, b[0-9]*  ;/, b98  ;/"
l=$(line_of ' t2 = ')
mutate temp_out_of_range "$l" "${l}s/ t2 = / t9999 = /"
l=$(line_of '^const k1 =')
mutate bad_int "$l" "${l}s/=.*/= int 12x/"
mutate big_int "$l" "${l}s/=.*/= int 140737488355328/"
mutate bad_float "$l" "${l}s/=.*/= float 0x1.8q+1/"
mutate unterminated_str "$l" "${l}s/=.*/= str \"abc/"
mutate bad_escape "$l" "${l}s/=.*/= str \"a\\\\qb\"/"
mutate unknown_const_kind "$l" "${l}s/=.*/= complex 1j/"
mutate const_out_of_order "$l" "${l}s/k1/k5/"
l=$(line_of 'direct f')
mutate direct_missing_function "$l" "${l}s/direct f[0-9]*/direct f42/"
mutate direct_wrong_arity "$l" "${l}s/(\\([^)]*\\)) direct/(\\1, \\1) direct/"
l=$(line_of 'make_function f[1-9].*(k')
mutate wrong_defaults "$l" "${l}s/(\\(k[0-9]*\\))/(\\1, \\1)/"
mutate make_missing_function "$l" "${l}s/make_function f[0-9]*/make_function f77/"
l=$(line_of 'kw k')
mutate kw_not_kwnames "$l" "${l}s/kw k[0-9]*/kw k1/"
l=$(line_of 'load_global')
mutate undeclared_global "$l" "${l}s/load_global .*  ;/load_global nosuchname  ;/"
mutate no_line "$l" "${l}s/  ; line [0-9]*//"
mutate no_result "$l" "${l}s/t[0-9]* = load_global/load_global/"
l=$(line_of '^    return')
mutate missing_operand "$l" "${l}s/return .*  ;/return _  ;/"
mutate unknown_local "$l" "${l}s/return .*  ;/return %nosuch  ;/"
awk -v l="$l" '{ print } NR == l { print "    jump b0  ; line 1" }' "$TMP/prog.mir" | bad after_terminator $((l + 1))
l=$(line_of 'return %n')
mutate empty_block "$((l - 1))" "${l}d"
l=$(line_of 'return t7')
mutate no_terminator "$((l - 1))" "${l}d"
l=$(line_of 'ranges 1')
mutate unused_range_slot "$l" "${l}s/ranges 1/ranges 2/"
l=$(line_of '^func f1')
mutate duplicate_cname "$l" "${l}s/cname [a-z_]*/cname molt_module_prog/"
mutate bad_cname "$l" "${l}s/cname [a-z_]*/cname 9lives/"

finish
