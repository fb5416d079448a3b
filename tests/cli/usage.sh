#!/bin/sh
# molt2c's command line: help, version, and a named non-zero exit (2) for
# every kind of bad command line.
. "$(dirname "$0")/_lib.sh"

expect_status 0 "$MOLT2C" --help
expect_in "$TMP/out" "usage: molt2c COMMAND"
expect_in "$TMP/out" "run FILE.py"
expect_status 0 "$MOLT2C" --version
expect_in "$TMP/out" "molt2c "

expect_status 2 "$MOLT2C"
expect_in "$TMP/err" "missing command"
[ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "a usage error should be one line"
expect_status 2 "$MOLT2C" frobnicate x.py
expect_in "$TMP/err" "unknown command 'frobnicate'"
expect_status 2 "$MOLT2C" --frob
expect_in "$TMP/err" "unknown option '--frob'"
expect_status 2 "$MOLT2C" run --frob x.py
expect_in "$TMP/err" "unknown option '--frob'"
expect_status 2 "$MOLT2C" run
expect_in "$TMP/err" "missing FILE.py"
expect_status 2 "$MOLT2C" build x.py -o
expect_in "$TMP/err" "needs an argument"
expect_status 2 "$MOLT2C" emit x.py y.py
expect_in "$TMP/err" "unexpected argument 'y.py'"
expect_status 2 "$MOLT2C" run "$TMP/does-not-exist.py"
expect_in "$TMP/err" "cannot open"
expect_in "$TMP/err" "No such file or directory"
expect_status 2 "$MOLT2C" ast "$TMP"
finish
