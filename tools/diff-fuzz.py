#!/usr/bin/env python3
"""Differential fuzzing: random programs in molt2c's supported subset, run
under python3 and under molt2c; any difference in stdout, exit status or
the last stderr line is a bug. Failing programs are kept for a test case.

    tools/diff-fuzz.py --molt2c ./molt2c [--count 500] [--seed 1] [--build]

Programs mix pure numeric functions (which molt2c compiles to unboxed
clones) and module-level code (boxed), with values at the edges of the
48-bit small-int range, bigints, floats and bools.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

VALUES = ["0", "1", "-1", "2", "3", "7", "-7", "2**47-1", "-(2**47)", "2**47", "2**46", "-(2**46)",
          "2**31", "2**53+1", "10**20", "-(10**20)", "0.5", "-0.0", "1e308", "1.5", "3.0", "-2.5",
          "True", "False"]
BINOPS = ["+", "-", "*", "//", "%", "/", "<<", ">>", "&", "|", "^", "**"]
CMPOPS = ["<", "<=", "==", "!=", ">", ">="]


def expr(rng, depth, names):
    r = rng.random()
    if depth <= 0 or r < 0.3:
        return rng.choice(names + VALUES[:8] + ["1.5", "0.25"])
    if r < 0.75:
        op = rng.choice(BINOPS)
        right = expr(rng, depth - 1, names)
        if op in ("<<", "**"):  # keep results small enough to print
            right = rng.choice(["0", "1", "2", "5", "17", "47"])
        return "(%s %s %s)" % (expr(rng, depth - 1, names), op, right)
    if r < 0.85:
        return "(%s%s)" % (rng.choice(["-", "~", "+", "not "]), expr(rng, depth - 1, names))
    if r < 0.93:
        return "(%s %s %s %s %s)" % (expr(rng, depth - 1, names), rng.choice(CMPOPS), expr(rng, depth - 1, names),
                                     rng.choice(CMPOPS), expr(rng, depth - 1, names))
    return "(%s if %s else %s)" % (expr(rng, depth - 1, names), expr(rng, depth - 1, names),
                                   expr(rng, depth - 1, names))


def function(rng, index):
    params = ["a", "b"][: rng.randint(1, 2)]
    lines = ["def f%d(%s):" % (index, ", ".join(params)), "    s = %s" % expr(rng, 2, params)]
    if rng.random() < 0.5:
        lines.append("    for i in range(%s):" % rng.choice(["3", "5", "0", "-2, 4"]))
        lines.append("        s = s %s %s" % (rng.choice(["+", "-", "*"]), expr(rng, 2, params + ["i", "s"])))
    if rng.random() < 0.3:
        lines.append("    k = 0")
        lines.append("    while k < %s:" % rng.choice(["3", "a % 4 if a == a else 1"]).replace(
            "a % 4 if a == a else 1", "4"))
        lines.append("        k += 1")
        lines.append("        s = %s" % expr(rng, 1, params + ["k", "s"]))
    lines.append("    if %s:" % expr(rng, 1, params + ["s"]))
    lines.append("        return %s" % expr(rng, 2, params + ["s"]))
    lines.append("    return s")
    args = ", ".join(rng.choice(VALUES) for _ in params)
    return lines, "print(f%d(%s))" % (index, args)


def program(seed):
    rng = random.Random(seed)
    out = []
    calls = []
    for i in range(rng.randint(1, 3)):
        lines, call = function(rng, i)
        out += lines + [""]
        calls.append(call)
    if rng.random() < 0.5:  # boxed module-level code with globals
        out.append("g = %s" % rng.choice(VALUES))
        out.append("for j in range(%s):" % rng.choice(["3", "4"]))
        out.append("    g = %s" % expr(rng, 2, ["g", "j"]))
        out.append("    print(j, g, sep=%s)" % rng.choice(['" "', '":"', "None"]))
    rng.shuffle(calls)
    out += calls
    return "\n".join(out) + "\n"


def run(cmd, timeout=30):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return ("timeout", b"", "")
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    return (p.returncode, p.stdout, err[-1] if err else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--molt2c", default="./molt2c")
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--build", action="store_true", help="also compare `molt2c build` executables")
    ap.add_argument("--keep", default="diff-fuzz-failures", help="folder for failing programs")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONHASHSEED="0")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.seed, args.seed + args.count):
            src = program(seed)
            path = os.path.join(tmp, "p%d.py" % seed)
            with open(path, "w") as f:
                f.write(src)
            want = run([sys.executable, path])
            got = {"run": run([args.molt2c, "run", path])}
            if args.build:
                exe = os.path.join(tmp, "p%d" % seed)
                b = run([args.molt2c, "build", path, "-o", exe], timeout=120)
                got["build"] = run([exe]) if b[0] == 0 else b
            for mode, res in got.items():
                same = res[0] == want[0] and res[1] == want[1] and (want[0] == 0 or res[2] == want[2])
                if not same:
                    failures += 1
                    os.makedirs(args.keep, exist_ok=True)
                    kept = os.path.join(args.keep, "seed%d.py" % seed)
                    with open(kept, "w") as f:
                        f.write(src)
                    print("MISMATCH %s (%s): python3 %r %r / molt2c %r %r" % (kept, mode, want[0], want[2],
                                                                            res[0], res[2]))
    print("%d programs, %d mismatches" % (args.count, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
