#!/usr/bin/env python3
"""The front end against CPython over the whole standard library.

For every .py file under the local CPython's stdlib directory (test/
included, site-packages left out) this compares, byte for byte:

  molt2c ast FILE              with ast.dump(ast.parse(src))
  molt2c ast --positions FILE  with ast.dump(..., include_attributes=True)
  molt2c symtable FILE         with symtable_dump.dump(src, FILE)

A file CPython refuses must be refused by molt2c with the same exception
class and line: for a file ast.parse refuses, as `python3 FILE` reports
it; for symtable, as symtable.symtable raises it. It prints the counts per mode and lists every
disagreement; the exit status is 1 if there is any.

usage: check-parser.py MOLT2C [--jobs N] [--only ast|positions|symtable]
       [FILE.py ...]   (default: the whole standard library)
"""
import argparse
import ast
import concurrent.futures
import os
import re
import subprocess
import sys
import sysconfig

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import symtable_dump  # noqa: E402

MODES = ("ast", "positions", "symtable")
BATCH = 64  # files per `molt2c ast` process


def stdlib_files():
    std = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(std):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    return files


def error_of(exc):
    """("error", class, line) of a SyntaxError raised by symtable."""
    return ("error", type(exc).__name__, exc.lineno)


def refusal(path):
    """How `python3 FILE` refuses a file ast.parse refused: its reading of
    the file (coding cookie, BOM, undecodable bytes) is the one molt2c
    follows, and ast.parse's in-memory bytes path words some of those
    errors differently. Safe to run: the file fails before it executes."""
    r = subprocess.run(
        [sys.executable, "-I", path], stdin=subprocess.DEVNULL, capture_output=True, timeout=60
    )
    return parse_error(r.stderr.decode("utf-8", "replace"))


def python_side(path):
    """CPython's results for one file: mode -> text, or ("error", class,
    line)."""
    with open(path, "rb") as f:
        src = f.read()
    out = {}
    try:
        tree = ast.parse(src, path)
    except (SyntaxError, ValueError):
        out["ast"] = out["positions"] = out["symtable"] = refusal(path)
        return out
    out["ast"] = ast.dump(tree) + "\n"
    out["positions"] = ast.dump(tree, include_attributes=True) + "\n"
    try:
        out["symtable"] = symtable_dump.dump(src, path)
    except SyntaxError as e:
        out["symtable"] = error_of(e)
    return out


LINE_RE = re.compile(r'^  File "(.*)", line (\d+)')
LAST_RE = re.compile(r"^(\w+): ")


def parse_error(stderr):
    """(class, line) from molt2c's CPython-format error report."""
    lines = stderr.splitlines()
    cls = line = None
    for text in lines:
        m = LINE_RE.match(text)
        if m:
            line = int(m.group(2))
    if lines:
        m = LAST_RE.match(lines[-1])
        if m:
            cls = m.group(1)
    return ("error", cls, line)


def molt_one(molt2c, mode, path):
    args = {"ast": ["ast"], "positions": ["ast", "--positions"], "symtable": ["symtable"]}[mode]
    r = subprocess.run([molt2c] + args + [path], capture_output=True, timeout=60)
    if r.returncode == 0:
        return r.stdout.decode("utf-8", "replace")
    if r.returncode == 1:
        return parse_error(r.stderr.decode("utf-8", "replace"))
    return ("failed", r.returncode, r.stderr.decode("utf-8", "replace").strip()[-300:])


def molt_batch(molt2c, mode, paths):
    """`molt2c ast` over many files at once (one dump line each); on any
    error the batch is redone file by file."""
    if mode == "symtable":
        return [molt_one(molt2c, mode, p) for p in paths]
    args = ["ast", "--positions"] if mode == "positions" else ["ast"]
    r = subprocess.run([molt2c] + args + paths, capture_output=True, timeout=600)
    lines = r.stdout.decode("utf-8", "replace").splitlines(keepends=True)
    if r.returncode == 0 and len(lines) == len(paths):
        return lines
    return [molt_one(molt2c, mode, p) for p in paths]


def show(x):
    if isinstance(x, tuple):
        return " ".join(str(v) for v in x)
    return "%d chars" % len(x)


def first_difference(want, got):
    for i, (a, b) in enumerate(zip(want, got)):
        if a != b:
            lo = max(0, i - 60)
            return "at char %d: want ...%r, got ...%r" % (i, want[lo : i + 60], got[lo : i + 60])
    return "lengths %d and %d" % (len(want), len(got))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("molt2c")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--only", choices=MODES, action="append")
    opts = ap.parse_args()
    modes = opts.only or MODES
    files = opts.files or stdlib_files()

    with concurrent.futures.ProcessPoolExecutor(opts.jobs) as pool:
        want = list(pool.map(python_side, files, chunksize=16))
    with concurrent.futures.ThreadPoolExecutor(opts.jobs) as pool:
        got = {}
        for mode in modes:
            batches = [files[i : i + BATCH] for i in range(0, len(files), BATCH)]
            results = pool.map(lambda b, m=mode: molt_batch(opts.molt2c, m, b), batches)
            got[mode] = [x for batch in results for x in batch]

    bad = 0
    for mode in modes:
        same = refused = 0
        for path, w, g in zip(files, want, got[mode]):
            w = w[mode]
            if isinstance(w, tuple):
                if g == w:
                    refused += 1
                    continue
                print("DIFF %s %s: CPython refuses (%s), molt2c: %s" % (mode, path, show(w), show(g)))
            elif g == w:
                same += 1
                continue
            elif isinstance(g, tuple):
                print("DIFF %s %s: CPython accepts, molt2c: %s" % (mode, path, show(g)))
            else:
                print("DIFF %s %s: %s" % (mode, path, first_difference(w, g)))
            bad += 1
        print(
            "%-9s files=%d identical=%d refused-alike=%d differing=%d"
            % (mode, len(files), same, refused, len(files) - same - refused)
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
