#!/bin/sh
# Golden tests of the C molt2c emits, where its shape is the point
# (tests/golden/NAME.py -> NAME.c.expect). After an intended change to the
# emitter, refresh with: cd tests/golden && molt2c emit NAME.py -o NAME.c.expect
. "$(dirname "$0")/_lib.sh"

cd "$MOLT_SRCDIR/tests/golden" || exit 1
for py in *.py; do
    name=${py%.py}
    "$MOLT2C" emit "$py" -o "$TMP/$name.c" 2>"$TMP/err" || { fail "emit $py: $(cat "$TMP/err")"; continue; }
    if ! cmp -s "$name.c.expect" "$TMP/$name.c"; then
        fail "emitted C for $py differs from $name.c.expect:"
        diff -u "$name.c.expect" "$TMP/$name.c" | head -n 40
    fi
    # The golden C must still be a working program.
    "$MOLT2C" run "$py" >"$TMP/got" 2>&1
    "$PYTHON3" "$py" >"$TMP/want" 2>&1
    cmp -s "$TMP/want" "$TMP/got" || fail "molt2c run $py differs from python3"
done
finish
