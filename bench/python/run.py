#!/usr/bin/env python3
"""CPU-bound Python on LoopScope vs CPython: median wall time of each program, and the ratio.

    bench/python/run.py [--loopscope PATH] [--python PYTHON] [--runs N] [--cpu] [NAME ...]

Runs every bench/python/NAME.py (or the ones named) with `loopscope run` (default
build/release/loopscope, the optimised build of scripts/build-release, when it exists, else
build/native/loopscope) and with CPython
(default /usr/bin/python3.11, Debian's optimized 3.11 build, else python3), N times each
(default 5), checks that both printed the same output, and prints one line per program:

    name   loopscope-seconds   cpython-seconds   ratio

ratio = loopscope time / CPython time (below 1.00: LoopScope is faster). Times are whole
process wall times (start-up included). With --cpu, each time is instead the smallest user+system
CPU time of the N runs: steadier than wall time on a loaded machine.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def timed(argv, runs, cpu=False):
    times, out = [], None
    for _ in range(runs):
        start = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = subprocess.run(argv, cwd=HERE, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if cpu:
            times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        else:
            times.append(time.perf_counter() - start)
        if p.returncode != 0:
            raise RuntimeError("%s exited %d:\n%s" % (" ".join(argv), p.returncode, p.stderr.decode()))
        out = p.stdout
    return (min(times) if cpu else statistics.median(times)), out


def default_loopscope():
    release = os.path.join(ROOT, "build", "release", "loopscope")
    return release if os.path.exists(release) else os.path.join(ROOT, "build", "native", "loopscope")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--loopscope", default=default_loopscope())
    ap.add_argument("--python", default="/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else "python3")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cpu", action="store_true", help="compare the smallest user+system CPU time")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    print("loopscope: %s" % args.loopscope)
    print("%-16s %10s %10s %7s   (%s of %d; ratio = loopscope / %s)"
          % ("program", "loopscope", "cpython", "ratio", "min CPU time" if args.cpu else "median wall time",
             args.runs, args.python))
    status = 0
    ratios = []
    for name in names:
        try:
            ours, our_out = timed([os.path.abspath(args.loopscope), "run", name + ".py"], args.runs, args.cpu)
            theirs, their_out = timed([args.python, name + ".py"], args.runs, args.cpu)
        except RuntimeError as e:
            print("%-16s failed: %s" % (name, e))
            status = 1
            continue
        note = "" if our_out == their_out else "   OUTPUT DIFFERS"
        if note:
            status = 1
        ratios.append(ours / theirs)
        print("%-16s %9.3fs %9.3fs %7.2f%s" % (name, ours, theirs, ours / theirs, note))
    if ratios:
        print("%-16s %10s %10s %7.2f" % ("geometric mean", "", "", statistics.geometric_mean(ratios)))
    return status


if __name__ == "__main__":
    sys.exit(main())
