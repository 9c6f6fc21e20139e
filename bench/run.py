#!/usr/bin/env python3
"""Runs bench/*.py on LoopScope and on CPython; prints medians and ratios. LoopScope is
build/release/loopscope (scripts/build-release) when it exists, else build/native/loopscope.

    bench/run.py [NAME ...]            LoopScope vs CPython
    bench/run.py --trace [NAME ...]    LoopScope with the trace on vs off (the cost of tracing), and
                                       the size of the trace each run records
"""
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOPSCOPE = ROOT / "build" / "release" / "loopscope"
if not LOOPSCOPE.exists():
    LOOPSCOPE = ROOT / "build" / "native" / "loopscope"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def cpython() -> str:
    if "BENCH_PYTHON" in os.environ:
        return os.environ["BENCH_PYTHON"]
    return "/usr/bin/python3.11" if Path("/usr/bin/python3.11").exists() else shutil.which("python3")


def timed(command: list[str]) -> tuple[float, str]:
    """Median wall time of RUNS runs, and the stdout of the last (which must succeed)."""
    times, out = [], ""
    for _ in range(RUNS):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr}")
        out = done.stdout
    return statistics.median(times), out


def trace_cost(scripts: list[Path]) -> int:
    """Tracing on (`--trace FILE`, which records every event and writes the JSON) against off."""
    import json
    import tempfile

    print(f"{'benchmark':24} {'off':>9} {'on':>9} {'on/off':>7} {'events':>9}   (median of {RUNS})")
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        trace = Path(tmp) / "trace.json"
        for script in scripts:
            try:
                off, off_out = timed([str(LOOPSCOPE), "run", str(script)])
                on, on_out = timed([str(LOOPSCOPE), "run", str(script), "--trace", str(trace)])
            except RuntimeError as error:
                print(f"{script.stem:24} failed: {error}")
                status = 1
                continue
            events = len(json.loads(trace.read_text())["events"])
            note = "" if off_out == on_out else "   OUTPUT DIFFERS"
            status |= bool(note)
            print(f"{script.stem:24} {off:8.3f}s {on:8.3f}s {on / off:6.2f}x {events:9d}{note}")
    return status


def main(names: list[str]) -> int:
    tracing = "--trace" in names
    names = [n for n in names if n != "--trace"]
    if not LOOPSCOPE.exists():
        print(f"{LOOPSCOPE} is missing: cmake --preset native && cmake --build --preset native")
        return 1
    print(f"loopscope: {LOOPSCOPE}")
    scripts = [ROOT / "bench" / f"{n}.py" for n in names] or sorted((ROOT / "bench").glob("*.py"))
    scripts = [s for s in scripts if s.name != "run.py"]
    if tracing:
        return trace_cost(scripts)
    python = cpython()
    print(f"{'benchmark':24} {'loopscope':>10} {'cpython':>10} {'ratio':>7}   ({python}, median of {RUNS})")
    status = 0
    for script in scripts:
        try:
            ours, our_out = timed([str(LOOPSCOPE), "run", str(script)])
            theirs, their_out = timed([python, str(script)])
        except RuntimeError as error:
            print(f"{script.stem:24} failed: {error}")
            status = 1
            continue
        note = "" if our_out == their_out else "   OUTPUT DIFFERS"
        status |= bool(note)
        print(f"{script.stem:24} {ours:9.3f}s {theirs:9.3f}s {theirs / ours:6.2f}x{note}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
