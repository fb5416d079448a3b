#!/usr/bin/env python3
"""Parse benchmark: molt2c's front end against CPython's ast.parse.

    python3 bench/parse.py [--molt2c PATH] [--repeat N] [--batches K]

Both sides parse every .py file of the local CPython standard library
(sysconfig's stdlib directory, test/ included, site-packages left out) that
both accept, and build the syntax tree:

  * python3: the real interpreter running this script (sys.executable), in a
    child process that reads every source first (not timed), then times
    ast.parse over all of them in one loop;
  * molt2c:  `molt2c ast FILE...` with the files split into K batches (one
    process each, run one after the other), output to /dev/null; the time
    is the wall clock of the K processes, start-up included.

Each side runs N times (after one untimed warm-up); the result is the median
in lines per second (lines as `wc -l` counts them, plus an unterminated last
line) with the min-max spread, the same per CPU second (user+system: steadier
on a busy machine), the ratios molt2c/python3 of the rates (> 1 means molt2c
is faster) and the peak resident memory of each side, as GNU time measures it
(/usr/bin/time, Debian package time): for python3 it includes the sources
it holds, for molt2c it is the largest of the K processes. Files either
side refuses are left out of both and counted.

Standard library only (and /usr/bin/time). Exit status: 0, or 2 on a usage
or setup error.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

import run  # bench/run.py: find_molt2c

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
TOP_DIR = os.path.dirname(BENCH_DIR)
SELF = os.path.basename(__file__)

# Run by python3 in a child: argv[1] is a file listing the paths, one a line.
# Prints the wall-clock and CPU seconds ast.parse took over all of them.
CPYTHON_CHILD = r"""
import ast, sys, time
paths = open(sys.argv[1], encoding="utf-8").read().splitlines()
sources = []
for p in paths:
    with open(p, "rb") as f:
        sources.append((f.read(), p))
start, cpu = time.perf_counter(), time.process_time()
for src, p in sources:
    ast.parse(src, p)
print(time.perf_counter() - start, time.process_time() - cpu)
"""


class SetupError(Exception):
    """The benchmark cannot run."""


def stdlib_files():
    """Every .py file of the stdlib directory, site-packages left out, sorted."""
    root = sysconfig.get_paths()["stdlib"]
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    if not found:
        raise SetupError("no .py files under %s" % root)
    return root, found


def count_lines(data):
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def cpython_accepts(path):
    import ast
    import warnings
    with open(path, "rb") as f:
        src = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(src, path)
        return True, src
    except (SyntaxError, ValueError):
        return False, src


def molt2c_accepts(molt2c, path):
    proc = subprocess.run([molt2c, "ast", path], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return proc.returncode == 0


# GNU time reports the peak RSS of the command alone. A child's ru_maxrss
# from wait4 would not do: Linux carries the high-water mark of the memory
# the child was forked with (this script's, sources and all) over exec.
GNU_TIME = "/usr/bin/time"


def run_measured(argv, stdout=None):
    """Run argv to completion, its stdout to the file `stdout` or captured;
    return (wall seconds, exit status, stdout bytes, stderr bytes, peak RSS
    in KiB and user+system CPU seconds of argv's process)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        proc = subprocess.run([GNU_TIME, "-f", "%M %U %S", "-o", rss.name, "--"] + argv,
                              stdin=subprocess.DEVNULL, stdout=stdout if stdout is not None else out,
                              stderr=err, check=False)
        secs = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        # The last line (time prints a note above it if the command failed).
        text = (rss.read().strip().splitlines() or ["0 0 0"])[-1].split()
        peak, cpu = int(text[0]), float(text[1]) + float(text[2])
        return secs, proc.returncode, out.read(), err.read(), peak, cpu


def time_cpython(list_file):
    """(wall s, CPU s, peak RSS KiB) of ast.parse over the listed files."""
    _, status, out, err, rss, _ = run_measured([sys.executable, "-c", CPYTHON_CHILD, list_file])
    if status != 0:
        raise SetupError("python3 ast.parse run failed:\n" + err.decode("utf-8", "replace")[-2000:])
    wall, cpu = out.decode().split()
    return float(wall), float(cpu), rss


def time_molt2c(molt2c, batches):
    """(wall s, CPU s, peak RSS KiB) of `molt2c ast` over the batches."""
    total, total_cpu, peak = 0.0, 0.0, 0
    with open(os.devnull, "wb") as devnull:
        for batch in batches:
            secs, status, _, err, rss, cpu = run_measured([molt2c, "ast"] + batch, stdout=devnull)
            if status != 0:
                raise SetupError("molt2c ast failed (status %d):\n%s"
                                 % (status, err.decode("utf-8", "replace")[-2000:]))
            total += secs
            total_cpu += cpu
            peak = max(peak, rss)
    return total, total_cpu, peak


def split(items, k):
    k = max(1, min(k, len(items)))
    size = (len(items) + k - 1) // k
    return [items[i:i + size] for i in range(0, len(items), size)]


def measure(molt2c, repeat=5, nbatches=4, log=sys.stderr):
    """Run the benchmark; return a dict of the results (see format_table)."""
    root, files = stdlib_files()
    print("# parse: checking %d files under %s ..." % (len(files), root), file=log, flush=True)
    chosen, lines, refused_py, refused_molt = [], 0, 0, 0
    for path in files:
        ok, src = cpython_accepts(path)
        if not ok:
            refused_py += 1
            continue
        if not molt2c_accepts(molt2c, path):
            refused_molt += 1
            continue
        chosen.append(path)
        lines += count_lines(src)
    if not chosen:
        raise SetupError("no file accepted by both sides")
    batches = split(chosen, nbatches)
    py_times, molt_times, py_cpu, molt_cpu, py_rss, molt_rss = [], [], [], [], 0, 0
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as lf:
        lf.write("\n".join(chosen) + "\n")
        lf.flush()
        time_cpython(lf.name)  # warm-up: page cache, .pyc of ast
        time_molt2c(molt2c, batches)
        for i in range(repeat):
            print("# parse: run %d/%d ..." % (i + 1, repeat), file=log, flush=True)
            secs, cpu, rss = time_cpython(lf.name)
            py_times.append(secs)
            py_cpu.append(cpu)
            py_rss = max(py_rss, rss)
            secs, cpu, rss = time_molt2c(molt2c, batches)
            molt_times.append(secs)
            molt_cpu.append(cpu)
            molt_rss = max(molt_rss, rss)
    return {
        "files": len(chosen), "lines": lines, "refused_py": refused_py,
        "refused_molt": refused_molt, "batches": len(batches), "repeat": repeat,
        "py_times": py_times, "molt_times": molt_times, "py_cpu": py_cpu, "molt_cpu": molt_cpu,
        "py_rss_kib": py_rss, "molt_rss_kib": molt_rss,
    }


def format_table(r):
    """The result as a markdown table (and a line saying what was parsed)."""
    def rate(times):
        return "%.0f (%.0f-%.0f)" % (r["lines"] / statistics.median(times),
                                      r["lines"] / max(times), r["lines"] / min(times))

    def med(key):
        return statistics.median(r[key])

    header = ["side", "median s", "lines/s median (min-max)", "CPU s", "lines/CPU s",
              "peak RSS MiB"]
    rows = [
        ["python3 ast.parse", "%.3f" % med("py_times"), rate(r["py_times"]),
         "%.3f" % med("py_cpu"), "%.0f" % (r["lines"] / med("py_cpu")),
         "%.1f" % (r["py_rss_kib"] / 1024)],
        ["molt2c ast", "%.3f" % med("molt_times"), rate(r["molt_times"]),
         "%.3f" % med("molt_cpu"), "%.0f" % (r["lines"] / med("molt_cpu")),
         "%.1f" % (r["molt_rss_kib"] / 1024)],
        ["molt2c/python3", "", "%.2fx" % (med("py_times") / med("molt_times")), "",
         "%.2fx" % (med("py_cpu") / med("molt_cpu")),
         "%.2fx" % (r["molt_rss_kib"] / r["py_rss_kib"])],
    ]
    widths = [max(len(row[i]) for row in [header] + rows) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    out = ["%d files, %d lines (stdlib; refused by python3: %d, by molt2c only: %d); "
           "molt2c in %d batches; %d timed runs"
           % (r["files"], r["lines"], r["refused_py"], r["refused_molt"], r["batches"],
              r["repeat"]),
           "", line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(row) for row in rows)
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(
        description="Lines per second of molt2c ast against python3's ast.parse over the stdlib.")
    parser.add_argument("--molt2c", help="molt2c executable (default: $MOLT2C, the in-tree "
                        "build, then PATH)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per side (default 5)")
    parser.add_argument("--batches", type=int, default=4,
                        help="molt2c processes the files are split into (default 4)")
    args = parser.parse_args()
    if args.repeat < 1 or args.batches < 1:
        parser.error("--repeat and --batches must be at least 1")
    molt2c = run.find_molt2c(args.molt2c)
    if not molt2c or not shutil.which(molt2c):
        print("%s: molt2c not found: build it, or pass --molt2c PATH or set MOLT2C" % SELF,
              file=sys.stderr)
        return 2
    molt2c = os.path.abspath(molt2c) if os.sep in molt2c else molt2c
    if not os.access(GNU_TIME, os.X_OK):
        print("%s: %s not found: install the Debian package time" % (SELF, GNU_TIME), file=sys.stderr)
        return 2
    print("python3: %s (%s %s)" % (sys.executable, platform.python_implementation(),
                                   platform.python_version()))
    print("molt2c: %s" % molt2c)
    print("machine: %s, %s CPUs" % (platform.machine(), os.cpu_count()))
    print()
    try:
        print(format_table(measure(molt2c, args.repeat, args.batches)))
    except SetupError as exc:
        print("%s: %s" % (SELF, exc), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
