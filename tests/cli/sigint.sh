#!/bin/sh
# SIGINT becomes KeyboardInterrupt as in CPython: the traceback's last line
# is "KeyboardInterrupt" and the process ends by SIGINT (status 130), for a
# loop at module level, a loop inside an unboxed clone, and deep recursion
# (interrupted at function entry), in run and build modes.
. "$(dirname "$0")/_lib.sh"

cat >"$TMP/loop.py" <<'PY'
print("start", flush=True)
while True:
    pass
PY
cat >"$TMP/clone.py" <<'PY'
def spin(n):
    while n > 0:
        n = n + 1 - 1
    return n
print("start", flush=True)
print(spin(5))
PY
cat >"$TMP/recurse.py" <<'PY'
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print("start", flush=True)
print(fib(45))
PY

# interrupt CMD...: run CMD with SIGINT at its default disposition (a
# shell may start us with it ignored, which CPython and molt2c respect),
# send SIGINT after two seconds, and record status, stdout and the last
# stderr line.
interrupt() {
    timeout --preserve-status -s INT 2 "$PYTHON3" -c \
        'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])' \
        "$@" >"$TMP/out" 2>"$TMP/err"
    echo "$? $(cat "$TMP/out") | $(tail -n 1 "$TMP/err")"
}

for p in loop clone recurse; do
    want=$(interrupt "$PYTHON3" "$TMP/$p.py")
    case "$want" in
    "130 start | KeyboardInterrupt") ;;
    *) fail "python3 $p.py gave '$want' (the test assumes CPython ends by SIGINT)" ;;
    esac
    got=$(interrupt "$MOLT2C" run "$TMP/$p.py")
    [ "$got" = "$want" ] || fail "run $p.py: '$got', CPython: '$want'"
    "$MOLT2C" build "$TMP/$p.py" -o "$TMP/$p" 2>"$TMP/err" || fail "build $p.py: $(cat "$TMP/err")"
    got=$(interrupt "$TMP/$p")
    [ "$got" = "$want" ] || fail "build $p.py: '$got', CPython: '$want'"
done
finish
