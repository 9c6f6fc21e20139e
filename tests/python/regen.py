#!/usr/bin/env python3
"""Regenerate the expected outputs of the plain-Python corpus with CPython.

    regen.py [--python PYTHON] [--filter X] [--only NAME] [--jobs N] [--check]

For every script NAME.py runs ``PYTHON NAME.py`` (cwd = this directory,
PYTHONHASHSEED=0, TZ=UTC; this directory's absolute path is removed from the
output, see run.py) and writes

* NAME.out  -- stdout (always written, possibly empty)
* NAME.err  -- stderr, only if non-empty (a stale NAME.err is removed)
* NAME.code -- the exit code, one line (death by signal N is 128+N)

``--check`` writes nothing and reports every script whose output differs from
the stored files (run it twice to prove determinism).  Expected files come
from CPython 3.11.7; another interpreter is refused unless ``--any-python``.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as runner  # noqa: E402

HERE = runner.HERE
REFERENCE = "3.11.7"


def interpreter_version(python):
    return subprocess.run(
        [python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
        capture_output=True, text=True, check=True).stdout.strip()


def expected_paths(name):
    return tuple(os.path.join(HERE, name + ext)
                 for ext in (".out", ".err", ".code"))


def produce(python, name, timeout):
    out, err, code = runner.run_command(runner.python_argv(python, name),
                                        timeout, python=True)
    return out, err, ("%s\n" % code).encode()


def lint(out, err):
    problems = []
    if b" at 0x" in out:
        problems.append("stdout shows a memory address (non-deterministic)")
    if b"/lib/python3" in out or b"/lib/python3" in err:
        problems.append("output shows a stdlib path (machine-specific)")
    return problems


def stored(name):
    res = []
    for path in expected_paths(name):
        try:
            with open(path, "rb") as f:
                res.append(f.read())
        except FileNotFoundError:
            res.append(None)
    return res


def write(name, out, err, code):
    p_out, p_err, p_code = expected_paths(name)
    for path, data in ((p_out, out), (p_code, code)):
        with open(path, "wb") as f:
            f.write(data)
    if err:
        with open(p_err, "wb") as f:
            f.write(err)
    elif os.path.exists(p_err):
        os.remove(p_err)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--any-python", action="store_true",
                    help="allow an interpreter other than CPython " + REFERENCE)
    ap.add_argument("--filter", action="append", default=[])
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--check", action="store_true",
                    help="do not write; report scripts whose output differs "
                         "from the stored files")
    args = ap.parse_args(argv)

    version = interpreter_version(args.python)
    if version != REFERENCE and not args.any_python:
        ap.error("expected outputs come from CPython %s; %s is %s "
                 "(pass --python or --any-python)"
                 % (REFERENCE, args.python, version))

    only = [n[:-3] if n.endswith(".py") else n
            for o in args.only for n in o.split(",") if n]
    names = runner.script_names(args.filter, only)

    if not args.filter and not only and not args.check:
        live = set(names)
        for f in sorted(os.listdir(HERE)):
            base, ext = os.path.splitext(f)
            if ext in (".out", ".err", ".code") and base not in live:
                os.remove(os.path.join(HERE, f))
                print("removed stale %s" % f)

    changed, failing = [], []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as ex:
        futs = {n: ex.submit(produce, args.python, n, args.timeout)
                for n in names}
        for name in names:
            out, err, code = futs[name].result()
            if code.strip() == b"timeout":
                failing.append(name)
                print("TIMEOUT %s" % name)
                continue
            problems = lint(out, err)
            if problems:
                failing.append(name)
                print("BAD %s: %s" % (name, "; ".join(problems)))
                continue
            old = stored(name)
            new = [out, err or None, code]
            if old != new:
                changed.append(name)
                if args.check:
                    print("DIFFERS %s" % name)
                    for label, a, b in zip((".out", ".err", ".code"),
                                           old, new):
                        if a != b:
                            sys.stdout.write(runner.udiff(
                                a or b"", b or b"", name + label, 30))
                else:
                    write(name, out, err, code)
                    print("wrote %s (exit %s)" % (name, code.decode().strip()))
    verb = "differ" if args.check else "rewritten"
    print("%d scripts, %d %s, %d bad or timed out"
          % (len(names), len(changed), verb, len(failing)))
    return 1 if (failing or (args.check and changed)) else 0


if __name__ == "__main__":
    sys.exit(main())
