#!/bin/sh
# `molt2c ast` prints what Python's ast.dump prints, with and without
# positions, for the example and differential programs.
. "$(dirname "$0")/_lib.sh"

for py in "$MOLT_SRCDIR"/examples/*.py "$MOLT_SRCDIR"/tests/diff/*/*.py "$MOLT_SRCDIR"/bench/*.py; do
    for flag in "" --positions; do
        attrs=False
        [ -n "$flag" ] && attrs=True
        "$PYTHON3" -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=$attrs))" \
            "$py" >"$TMP/want" 2>/dev/null || continue
        # shellcheck disable=SC2086
        "$MOLT2C" ast $flag "$py" >"$TMP/got" 2>"$TMP/err" || { fail "ast $flag $py: $(head -c 300 "$TMP/err")"; continue; }
        cmp -s "$TMP/want" "$TMP/got" || fail "ast $flag differs from ast.dump for $py"
    done
done
finish
