# Shared helpers for the command-line tests (sourced, not run).
# MOLT2C and PYTHON3 come from the Makefile's AM_TESTS_ENVIRONMENT.
set -u
: "${MOLT2C:?MOLT2C must point at the molt2c binary}"
PYTHON3=${PYTHON3:-python3}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/molt2c-cli.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
FAILS=0

fail() {
    echo "FAIL: $*"
    FAILS=$((FAILS + 1))
}

# expect_status WANT CMD...: run CMD, compare its exit status with WANT.
expect_status() {
    want=$1
    shift
    "$@" >"$TMP/out" 2>"$TMP/err"
    got=$?
    if [ "$got" -ne "$want" ]; then
        fail "'$*' exited $got, expected $want; stderr: $(head -c 400 "$TMP/err")"
    fi
}

# expect_in FILE TEXT: FILE contains TEXT.
expect_in() {
    grep -qF -- "$2" "$1" || fail "'$2' not found in $(basename "$1"): $(head -c 400 "$1")"
}

finish() {
    if [ "$FAILS" -ne 0 ]; then
        echo "$FAILS check(s) failed"
        exit 1
    fi
    exit 0
}
