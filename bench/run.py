#!/usr/bin/env python3
"""Benchmark runner: times bench/*.py under CPython and under molt2c.

    python3 bench/run.py [--molt2c PATH] [--repeat N] [--timeout S] [names...]

For each benchmark program (all bench/*.py but this script and parse.py by
default, or the names given, with or without ".py"):

  * python3:  the real interpreter running this script (sys.executable)
              runs the program N times;
  * build:    `molt2c build prog.py -o exe` once (timed on its own), then
              the executable N times;
  * run:      `molt2c run prog.py` N times (end to end: translate, tcc, run).

Every molt2c output (stdout and exit status) must equal python3's; a
mismatch is reported as FAIL and that mode is not timed. The result is a
markdown table of medians, with the min-max spread in brackets, and the
speed-up ratios python3/molt2c (> 1 means molt2c is faster). The exit status
is 1 if anything failed, 2 on a usage or setup error, 0 otherwise.

Then, unless names are given without "parse", the parse benchmark
(bench/parse.py): lines per second of `molt2c ast` against python3's
ast.parse over the whole standard library, and the peak memory of each, as
a second table.

Standard library only.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
TOP_DIR = os.path.dirname(BENCH_DIR)
SELF = os.path.basename(__file__)
# Scripts in bench/ that are not benchmark programs.
NOT_PROGRAMS = {SELF, "parse.py"}


class Failure(Exception):
    """A molt2c mode that did not reproduce python3's result."""


def find_molt2c(explicit):
    """Return the molt2c to use: --molt2c, $MOLT2C, the in-tree build, PATH."""
    for candidate in (explicit, os.environ.get("MOLT2C")):
        if candidate:
            return candidate
    in_tree = os.path.join(TOP_DIR, "molt2c")
    if os.path.isfile(in_tree) and os.access(in_tree, os.X_OK):
        return in_tree
    return shutil.which("molt2c")


def list_benchmarks(names):
    """Absolute paths of the selected benchmark programs, in a stable order."""
    available = sorted(
        f for f in os.listdir(BENCH_DIR) if f.endswith(".py") and f not in NOT_PROGRAMS
    )
    if not names:
        return [os.path.join(BENCH_DIR, f) for f in available]
    chosen = []
    for name in names:
        base = os.path.basename(name)
        if not base.endswith(".py"):
            base += ".py"
        if base not in available:
            print("%s: no benchmark %r (have: %s)"
                  % (SELF, name, ", ".join(f[:-3] for f in available)),
                  file=sys.stderr)
            sys.exit(2)
        chosen.append(os.path.join(BENCH_DIR, base))
    return chosen


# GNU time measures a child's peak RSS. os.wait4 cannot: a child spawned
# from this (large) Python process keeps Python's high-water mark across
# exec on Linux.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_once(argv, cwd, timeout):
    """Run argv once; return (seconds, exit status, stdout bytes, stderr bytes,
    peak resident memory in KiB or None if unknown)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    with tempfile.NamedTemporaryFile(prefix="molt-rss.") as rss:
        cmd = [GNU_TIME, "-q", "-f", "%M", "-o", rss.name] + argv if GNU_TIME else argv
        start = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise Failure("timed out after %gs: %s" % (timeout, " ".join(argv)))
        except OSError as exc:
            raise Failure("cannot run %s: %s" % (argv[0], exc))
        secs = time.perf_counter() - start
        words = rss.read().split()
    peak = int(words[-1]) if words and words[-1].isdigit() else None
    return secs, proc.returncode, proc.stdout, proc.stderr, peak


def first_lines(data, n=8):
    text = data.decode("utf-8", "replace").rstrip("\n")
    lines = text.split("\n") if text else []
    shown = "\n".join("      " + line for line in lines[:n])
    if len(lines) > n:
        shown += "\n      ... (%d lines)" % len(lines)
    return shown


def timed(argv, cwd, repeat, timeout, expected):
    """Run argv `repeat` times; every run must give `expected` (status, stdout).

    Returns (wall-clock times, the largest peak RSS in KiB or None); raises Failure
    on a mismatch."""
    times = []
    peak = None
    for _ in range(repeat):
        secs, status, out, err, rss = run_once(argv, cwd, timeout)
        if rss is not None:
            peak = rss if peak is None else max(peak, rss)
        if expected is not None and (status, out) != expected:
            want_status, want_out = expected
            msg = ["output differs from python3: %s" % " ".join(argv)]
            if status != want_status:
                msg.append("    exit status: python3 %d, molt2c %d" % (want_status, status))
            if out != want_out:
                msg.append("    python3 stdout:\n" + first_lines(want_out))
                msg.append("    molt2c stdout:\n" + first_lines(out))
            if err:
                msg.append("    molt2c stderr:\n" + first_lines(err))
            raise Failure("\n".join(msg))
        times.append(secs)
    return times, peak


def cell(times):
    """'median (min-max)' in seconds, or the failure marker."""
    if times is None:
        return "FAIL"
    return "%.3f (%.3f-%.3f)" % (statistics.median(times), min(times), max(times))


def mib(peak):
    return "-" if peak is None else "%.1f" % (peak / 1024)


def mem_ratio(py_peak, peak):
    if not py_peak or peak is None:
        return "-"
    return "%.2fx" % (peak / py_peak)


def ratio(py_times, times):
    if py_times is None or times is None:
        return "-"
    mine = statistics.median(times)
    if mine <= 0:
        return "-"
    return "%.2fx" % (statistics.median(py_times) / mine)


def bench_one(path, molt2c, repeat, timeout, workdir, problems):
    """Time one benchmark in all modes; return its table row."""
    name = os.path.basename(path)[:-3]
    print("# %s ..." % name, file=sys.stderr, flush=True)

    # The oracle: the first run fixes the expected output, later runs must agree.
    _, status, out, err, _ = run_once([sys.executable, path], workdir, timeout)
    if status != 0:
        problems.append("%s: python3 exited %d\n%s" % (name, status, first_lines(err)))
    expected = (status, out)
    py_times, py_peak = timed([sys.executable, path], workdir, repeat, timeout, expected)

    build_secs = None
    build_times = None
    build_peak = None
    exe = os.path.join(workdir, name + ".exe")
    try:
        secs, bstatus, _, berr, _ = run_once(
            [molt2c, "build", path, "-o", exe], workdir, timeout
        )
        if bstatus != 0 or not os.path.isfile(exe):
            raise Failure(
                "molt2c build exited %d%s"
                % (bstatus, ("\n" + first_lines(berr)) if berr else "")
            )
        build_secs = secs
        build_times, build_peak = timed([exe], workdir, repeat, timeout, expected)
    except Failure as exc:
        problems.append("%s [build]: %s" % (name, exc))
        build_times = None

    try:
        run_times, _ = timed([molt2c, "run", path], workdir, repeat, timeout, expected)
    except Failure as exc:
        problems.append("%s [run]: %s" % (name, exc))
        run_times = None

    return [
        name,
        cell(py_times),
        "%.3f" % build_secs if build_secs is not None else "FAIL",
        cell(build_times),
        ratio(py_times, build_times),
        cell(run_times),
        ratio(py_times, run_times),
        mib(py_peak),
        mib(build_peak),
        mem_ratio(py_peak, build_peak),
    ]


def print_table(rows):
    header = [
        "benchmark",
        "python3 median s",
        "molt2c build s",
        "build-mode median s",
        "ratio (python3/build)",
        "run-mode median s (incl. translate+tcc)",
        "ratio (python3/run)",
        "python3 peak MiB",
        "build peak MiB",
        "memory (build/python3)",
    ]
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))


def main():
    parser = argparse.ArgumentParser(
        description="Time bench/*.py under python3 and molt2c (build and run modes)."
    )
    parser.add_argument("--molt2c", help="molt2c executable (default: $MOLT2C, "
                        "the in-tree build, then PATH)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed runs per mode (default 5)")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds allowed for one run (default 300)")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    molt2c = find_molt2c(args.molt2c)
    if not molt2c:
        print("%s: molt2c not found: build it, or pass --molt2c PATH or set MOLT2C"
              % SELF, file=sys.stderr)
        return 2
    molt2c = os.path.abspath(molt2c) if os.sep in molt2c else molt2c
    if not shutil.which(molt2c):
        print("%s: %s is not an executable" % (SELF, molt2c), file=sys.stderr)
        return 2
    names = [n for n in args.names if os.path.basename(n) not in ("parse", "parse.py")]
    run_parse = not args.names or len(names) < len(args.names)
    benchmarks = list_benchmarks(names) if names or not args.names else []

    print("python3: %s (%s %s)" % (sys.executable, platform.python_implementation(),
                                   platform.python_version()))
    print("molt2c: %s" % molt2c)
    print("machine: %s, %s CPUs; %d timed runs per mode; times in seconds, "
          "median (min-max)" % (platform.machine(), os.cpu_count(), args.repeat))
    print()

    rows = []
    problems = []
    with tempfile.TemporaryDirectory(prefix="molt-bench.") as workdir:
        for path in benchmarks:
            try:
                rows.append(bench_one(path, molt2c, args.repeat, args.timeout,
                                      workdir, problems))
            except Failure as exc:
                name = os.path.basename(path)[:-3]
                problems.append("%s [python3]: %s" % (name, exc))
                rows.append([name, "FAIL", "-", "-", "-", "-", "-", "-", "-", "-"])

    if rows:
        print_table(rows)
    if run_parse:
        import parse  # bench/parse.py, next to this script

        if rows:
            print()
        print("Parse: `molt2c ast` against python3's ast.parse over the standard library")
        print()
        try:
            print(parse.format_table(parse.measure(molt2c, args.repeat)))
        except parse.SetupError as exc:
            problems.append("parse: %s" % exc)
    if problems:
        print()
        for problem in problems:
            print("FAIL: " + problem)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
