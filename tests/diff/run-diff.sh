#!/bin/sh
# run-diff.sh: Automake test driver (PY_LOG_COMPILER) for tests/diff/**.py.
#
# Usage: run-diff.sh [ignored options...] path/to/test.py
#
# Runs the program under CPython (the oracle), then under molt2c in each mode
# of $MOLT_DIFF_MODES ("run": molt2c run, tcc in memory; "build": molt2c
# build -o exe, then exe), and compares stdout (byte for byte), the exit
# status, and, when CPython's status is non-zero, the last non-blank line of
# stderr (the "ExcType: message" line of a traceback). A SyntaxError (or
# IndentationError, TabError) is compared whole: file, line, the source
# line, the caret and the message; molt2c reports it when translating, so
# in build mode a refused build is the program's result.
#
# Exit status follows the Automake test protocol: 0 all modes match,
# 1 a mode differs (a report is printed), 99 hard error (python3 or molt2c
# missing, bad configuration, the oracle itself timed out).
#
# Environment:
#   MOLT2C             molt2c to test (the Makefile sets it; default: the
#                      molt2c of an in-tree build, then ./molt2c, then PATH)
#   PYTHON3            the oracle (default python3); must be CPython 3.11
#                      unless MOLT_DIFF_ANY_PYTHON=1
#   MOLT_DIFF_MODES    modes to compare, default "run build"
#   MOLT_DIFF_CFLAGS   CFLAGS for build mode (default: -O2 with gcc's
#                      warnings as errors, so every program's generated C is
#                      checked warning-free by the compile that runs it)
#   MOLT_DIFF_TIMEOUT  seconds allowed per program run (default 60)
#   MOLT_DIFF_KEEP=1   keep the temporary directory and print its path
#   MOLT_DIFF_ORACLE_CHECKED=1  the caller (make check) has checked PYTHON3
#                      is CPython 3.11 already: skip the check here

set -u

me=run-diff.sh

# Hard errors: exit 99 so the harness reports ERROR, never PASS or SKIP.
die() {
    echo "$me: ERROR: $*" >&2
    exit 99
}

test_file=
for arg in "$@"; do
    test_file=$arg
done
[ -n "$test_file" ] || die "usage: $me path/to/test.py"
[ -f "$test_file" ] || die "no such test program: $test_file"
case $test_file in
    /*) abs_test=$test_file ;;
    *) abs_test=$(pwd)/$test_file ;;
esac

# ---- the oracle ----

python=${PYTHON3:-python3}
[ -n "$python" ] || python=python3
command -v "$python" >/dev/null 2>&1 ||
    die "CPython oracle '$python' not found: install python3 (Debian: apt-get install python3) or set PYTHON3"
if [ "${MOLT_DIFF_ANY_PYTHON:-0}" != 1 ] && [ "${MOLT_DIFF_ORACLE_CHECKED:-0}" != 1 ]; then
    "$python" -c 'import sys; sys.exit(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11))' \
        </dev/null >/dev/null 2>&1 ||
        die "'$python' is not CPython 3.11 (the oracle molt2c promises to match); set PYTHON3, or MOLT_DIFF_ANY_PYTHON=1 to use it anyway"
fi

# ---- molt2c ----

script_dir=$(cd "$(dirname "$0")" && pwd)
molt2c=${MOLT2C:-}
if [ -z "$molt2c" ]; then
    if [ -x "$script_dir/../../molt2c" ]; then
        molt2c=$script_dir/../../molt2c
    elif [ -x ./molt2c ]; then
        molt2c=$(pwd)/molt2c
    else
        molt2c=$(command -v molt2c 2>/dev/null) || molt2c=
    fi
fi
[ -n "$molt2c" ] || die "molt2c not found: build it (make) or set MOLT2C"
if [ ! -f "$molt2c" ] || [ ! -x "$molt2c" ]; then
    die "MOLT2C=$molt2c is not an executable file"
fi

modes=${MOLT_DIFF_MODES-run build}
diff_cflags=${MOLT_DIFF_CFLAGS--O2 -std=c99 -Wall -Wextra -Werror}
[ -n "$modes" ] || die "MOLT_DIFF_MODES is empty (use \"run\", \"build\" or \"run build\")"
for mode in $modes; do
    case $mode in
        run | build) ;;
        *) die "unknown mode '$mode' in MOLT_DIFF_MODES (known: run build)" ;;
    esac
done

limit=${MOLT_DIFF_TIMEOUT:-60}
case $limit in
    '' | *[!0-9]*) die "MOLT_DIFF_TIMEOUT must be a whole number of seconds, not '$limit'" ;;
esac
have_timeout=
command -v timeout >/dev/null 2>&1 && have_timeout=1

# ---- scratch space ----

tmp=$(mktemp -d "${TMPDIR:-/tmp}/molt-diff.XXXXXX") || die "mktemp -d failed"
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [ "${MOLT_DIFF_KEEP:-0}" = 1 ]; then
        echo "$me: kept $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir "$tmp/cwd" || die "cannot create $tmp/cwd"

# A predictable environment for both sides.
PYTHONHASHSEED=0
PYTHONIOENCODING=utf-8
PYTHONDONTWRITEBYTECODE=1
export PYTHONHASHSEED PYTHONIOENCODING PYTHONDONTWRITEBYTECODE
unset PYTHONINSPECT PYTHONWARNINGS PYTHONOPTIMIZE PYTHONDEVMODE \
    PYTHONINTMAXSTRDIGITS PYTHONSTARTUP PYTHONPATH 2>/dev/null || :

# run_limited CMD...: run CMD with the time limit, if timeout(1) exists.
run_limited() {
    if [ -n "$have_timeout" ]; then
        timeout -k 5 "$limit" "$@"
    else
        "$@"
    fi
}

# capture NAME CMD...: run CMD in the scratch cwd with stdin from /dev/null,
# stdout to $tmp/NAME.stdout, stderr to $tmp/NAME.stderr; sets $status.
capture() {
    name=$1
    shift
    (cd "$tmp/cwd" && run_limited "$@" </dev/null >"$tmp/$name.stdout" 2>"$tmp/$name.stderr")
    status=$?
}

# last_line FILE: the last non-blank line of FILE.
last_line() {
    awk 'NF { l = $0 } END { print l }' "$1"
}

# describe STATUS: a human reading of an exit status.
describe() {
    if [ -n "$have_timeout" ] && { [ "$1" -eq 124 ] || [ "$1" -eq 137 ]; }; then
        echo "$1 (timed out after ${limit}s?)"
    elif [ "$1" -gt 128 ] && [ "$1" -lt 160 ]; then
        echo "$1 (killed by signal $(($1 - 128))?)"
    else
        echo "$1"
    fi
}

# show_head FILE N: indent the first N lines of FILE, noting any cut.
show_head() {
    sed -n "1,$2p" "$1" | sed 's/^/    /'
    total=$(wc -l <"$1")
    if [ "$total" -gt "$2" ]; then
        echo "    ... ($total lines in all)"
    fi
}

# ---- run the oracle once ----

capture python3 "$python" "$abs_test"
py_status=$status
if [ -n "$have_timeout" ] && [ "$py_status" -eq 124 ]; then
    die "$python timed out after ${limit}s on $test_file: the test program is too slow"
fi
py_last=
[ "$py_status" -ne 0 ] && py_last=$(last_line "$tmp/python3.stderr")
py_syntax=
case $py_last in
    SyntaxError:* | IndentationError:* | TabError:*) py_syntax=1 ;;
esac

failed=0

# report MODE WHAT: print the mismatch report for MODE; WHAT lists what differed.
report() {
    mode=$1
    what=$2
    out=molt2c-$mode
    echo "FAIL: $test_file [mode: $mode]"
    echo "  differs in:$what"
    echo "  exit status: python3 $(describe "$py_status"), molt2c $mode $(describe "$mode_status")"
    if [ "$py_status" -ne 0 ] || [ "$mode_status" -ne 0 ]; then
        echo "  last stderr line:"
        echo "    python3: $py_last"
        echo "    molt2c:  $(last_line "$tmp/$out.stderr")"
    fi
    case $what in
        *report*)
            echo "  stderr diff (- python3, + molt2c $mode):"
            (cd "$tmp" && diff -u python3.stderr "$out.stderr") | sed -n '1,20p' | sed 's/^/    /'
            ;;
    esac
    case $what in
        *stdout*)
            echo "  stdout diff (- python3, + molt2c $mode; first 40 lines):"
            (cd "$tmp" && diff -u python3.stdout "$out.stdout") | sed -n '1,40p' | sed 's/^/    /'
            ;;
    esac
    if [ -s "$tmp/$out.stderr" ]; then
        echo "  molt2c $mode stderr (first 15 lines):"
        show_head "$tmp/$out.stderr" 15
    fi
}

# compare MODE: compare $tmp/molt2c-MODE.* and $mode_status with the oracle.
compare() {
    mode=$1
    what=
    cmp -s "$tmp/python3.stdout" "$tmp/molt2c-$mode.stdout" || what="$what stdout"
    [ "$py_status" -eq "$mode_status" ] || what="$what status"
    if [ "$py_status" -ne 0 ] &&
        [ "$py_last" != "$(last_line "$tmp/molt2c-$mode.stderr")" ]; then
        what="$what stderr"
    elif [ -n "$py_syntax" ] && ! cmp -s "$tmp/python3.stderr" "$tmp/molt2c-$mode.stderr"; then
        what="$what stderr(report)"
    fi
    if [ -n "$what" ]; then
        report "$mode" "$what"
        failed=1
    else
        echo "ok: $test_file [mode: $mode] (exit $py_status)"
    fi
}

for mode in $modes; do
    case $mode in
        run)
            capture molt2c-run "$molt2c" run "$abs_test"
            mode_status=$status
            compare run
            ;;
        build)
            capture molt2c-compile env CFLAGS="$diff_cflags" "$molt2c" build "$abs_test" -o "$tmp/exe"
            if [ "$status" -eq 1 ] && [ -n "$py_syntax" ]; then
                cp "$tmp/molt2c-compile.stdout" "$tmp/molt2c-build.stdout"
                cp "$tmp/molt2c-compile.stderr" "$tmp/molt2c-build.stderr"
                mode_status=1
                compare build
                continue
            fi
            if [ "$status" -ne 0 ] || [ ! -x "$tmp/exe" ]; then
                echo "FAIL: $test_file [mode: build]"
                echo "  differs in: build (molt2c build exited $(describe "$status") and made no executable)"
                echo "  molt2c build stderr (first 20 lines):"
                show_head "$tmp/molt2c-compile.stderr" 20
                failed=1
                continue
            fi
            capture molt2c-build "$tmp/exe"
            mode_status=$status
            compare build
            ;;
    esac
done

exit "$failed"
