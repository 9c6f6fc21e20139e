#!/usr/bin/env python3
"""The event loop's raw speed: bench_loop (C++, the core driven directly) vs CPython's asyncio.

    python3 bench/loop/run.py [--runs 5] [--scale 1.0] [--python /usr/bin/python3.11] [--exe PATH]

Build first (the `native` preset, -O2): cmake --preset native && cmake --build --preset native.
Each workload runs RUNS times in each process; the table shows the medians and the ratio
CPython / LoopScope (above 1: LoopScope is faster). CHECK (work done) must agree, else exit 1.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def parse(text):
    rows = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            rows[parts[0]] = (parts[1], [float(x) for x in parts[2:]])
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scale", type=float, default=1.0)
    default_py = "/usr/bin/python3.11" if Path("/usr/bin/python3.11").exists() else shutil.which("python3")
    ap.add_argument("--python", default=os.environ.get("BENCH_PYTHON", default_py))
    ap.add_argument("--exe", default=str(ROOT / "build" / "native" / "bench" / "loop" / "bench_loop"))
    args = ap.parse_args()
    if not Path(args.exe).exists():
        print(f"{args.exe} is missing: cmake --preset native && cmake --build --preset native")
        return 1
    ours = subprocess.run([args.exe, str(args.runs), str(args.scale)], capture_output=True, text=True, check=True)
    theirs = subprocess.run([args.python, str(HERE / "bench_loop.py"), str(args.runs), str(args.scale)],
                            capture_output=True, text=True, check=True)
    a, b = parse(ours.stdout), parse(theirs.stdout)
    print(f"{'workload':24} {'loopscope':>11} {'cpython':>11} {'ratio':>8}   "
          f"(median of {args.runs}; {args.python}; scale {args.scale})")
    status = 0
    for name, (check, times) in a.items():
        their_check, their_times = b.get(name, ("?", [float("nan")]))
        m1, m2 = statistics.median(times), statistics.median(their_times)
        note = "" if check == their_check else f"   CHECK DIFFERS ({check} vs {their_check})"
        status |= bool(note)
        print(f"{name:24} {m1 * 1000:9.1f}ms {m2 * 1000:9.1f}ms {m2 / m1:7.1f}x{note}")
    return status


if __name__ == "__main__":
    sys.exit(main())
