#!/bin/sh
# Robustness sweep: molt2c emit over every .py file of the local CPython
# standard library (site-packages left out). Each must translate (and its C
# compile warning-free with gcc -Werror), or be refused cleanly as a
# SyntaxError (status 1) or unsupported construct (status 3). Anything else
# -- a crash, a hang, status 2 or 4, a compiler warning -- is a failure.
# Usage: tools/check-stdlib.sh MOLT2C INCLUDE_DIR
set -u
MOLT2C=${1:?usage: check-stdlib.sh MOLT2C INCLUDE_DIR}
INC=${2:?usage: check-stdlib.sh MOLT2C INCLUDE_DIR}
STD=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])") || exit 2
TMP=$(mktemp -d "${TMPDIR:-/tmp}/molt2c-stdlib.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
n=0 ok=0 syn=0 unsup=0 bad=0
for f in $(find "$STD" -path '*/site-packages' -prune -o -name '*.py' -print | LC_ALL=C sort); do
    n=$((n + 1))
    timeout 30 "$MOLT2C" emit "$f" -o "$TMP/t.c" >/dev/null 2>"$TMP/err"
    rc=$?
    case $rc in
    0)
        ok=$((ok + 1))
        if ! gcc -std=c99 -Wall -Wextra -Werror -I"$INC" -c "$TMP/t.c" -o "$TMP/t.o" 2>"$TMP/cc"; then
            echo "FAIL (C warning) $f: $(head -c 300 "$TMP/cc")"
            bad=$((bad + 1))
        fi
        ;;
    1) syn=$((syn + 1)) ;;
    3) unsup=$((unsup + 1)) ;;
    *)
        echo "FAIL (status $rc) $f: $(head -c 300 "$TMP/err")"
        bad=$((bad + 1))
        ;;
    esac
done
echo "files=$n translated=$ok syntax-errors=$syn unsupported=$unsup failures=$bad"
[ "$bad" -eq 0 ]
