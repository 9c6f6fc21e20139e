#!/usr/bin/env python3
"""The asyncio toolkit under load: each bench/toolkit/*.py run by `loopscope run` and by CPython.

    python3 bench/toolkit/run.py [--runs 5] [--python /usr/bin/python3.11] [--exe PATH] [NAME ...]

    queue_200k      200k items through a bounded asyncio.Queue(maxsize=100), producer -> consumer
    taskgroup_10k   a TaskGroup of 10k tasks where one fails and the other 9,999 are cancelled

Each program runs RUNS times in each interpreter. The table shows the median CPU time
(user + sys of the child process, so other load on the machine skews it little) and the median wall
time, whole process (start-up included), and the ratio CPython / LoopScope of the CPU medians: above
1 means LoopScope is faster. Both must print the same output (a count or checksum), else exit 1.
The default --exe is build/release/loopscope (scripts/build-release: -O2, LTO, PGO) when it
exists, else build/native/loopscope (cmake --preset native && cmake --build --preset native).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def timed(command):
    """(cpu seconds, wall seconds, stdout) of one run of `command`, which must succeed."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {proc.returncode}:\n{err}")
    return wall, out


def run(command, runs):
    cpus, walls, out = [], [], ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, out = timed(command)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        walls.append(wall)
    return statistics.median(cpus), statistics.median(walls), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    default_py = "/usr/bin/python3.11" if Path("/usr/bin/python3.11").exists() else shutil.which("python3")
    ap.add_argument("--python", default=os.environ.get("BENCH_PYTHON", default_py))
    release = ROOT / "build" / "release" / "loopscope"
    ap.add_argument("--exe", default=str(release if release.exists() else ROOT / "build" / "native" / "loopscope"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    if not Path(args.exe).exists():
        print(f"{args.exe} is missing: cmake --preset native && cmake --build --preset native")
        return 1
    print(f"loopscope: {args.exe}")
    scripts = [HERE / f"{n}.py" for n in args.names] or sorted(p for p in HERE.glob("*.py") if p.name != "run.py")
    print(f"{'benchmark':16} {'loopscope cpu':>13} {'cpython cpu':>12} {'ratio':>7} {'loopscope wall':>15} "
          f"{'cpython wall':>13}   ({args.python}, median of {args.runs})")
    status = 0
    for script in scripts:
        try:
            ours = run([args.exe, "run", str(script)], args.runs)
            theirs = run([args.python, str(script)], args.runs)
        except RuntimeError as error:
            print(f"{script.stem:16} failed: {error}")
            status = 1
            continue
        note = "" if ours[2] == theirs[2] else "   OUTPUT DIFFERS"
        status |= bool(note)
        print(f"{script.stem:16} {ours[0]:12.3f}s {theirs[0]:11.3f}s {theirs[0] / ours[0]:6.2f}x "
              f"{ours[1]:14.3f}s {theirs[1]:12.3f}s{note}")
    return status


if __name__ == "__main__":
    sys.exit(main())
