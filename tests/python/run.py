#!/usr/bin/env python3
"""Run the plain-Python corpus against loopscope (or CPython) and compare outputs.

    run.py --loopscope PATH [--filter X] [--only NAME[,NAME...]] [--jobs N]
    run.py --loopscope PATH --diff NAME      # one script, full unified diffs
    run.py --python [PYTHON]                 # self-check: CPython vs the expected files

Every script NAME.py in this directory is run as ``PATH run NAME.py`` with the
working directory set to this directory, so the implementation sees the bare
file name.  Compared with the expected files written by regen.py:

* stdout: exactly, byte for byte (NAME.out);
* exit code: exactly (NAME.code); a death by signal N counts as 128+N;
* stderr: its last non-empty line (NAME.err, empty if absent), or all of it
  when the script's first line starts with ``# exact-stderr``.

CPython >= 3.9 shows the absolute path of the script it was given; both here
and in regen.py that directory prefix is removed from CPython's output, so the
expected files read ``File "NAME.py"`` as loopscope prints it.

Prints a diff for each failure, then ``N passed, M failed``; exits 1 if any
script failed.  Standard library only.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = {"run.py", "regen.py"}
DEFAULT_TIMEOUT = 60.0


def script_names(filters=(), only=()):
    names = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.endswith(".py") and f not in TOOLS
                   and not f.startswith("."))
    if only:
        wanted = set(only)
        missing = wanted - set(names)
        if missing:
            raise SystemExit("run.py: no such script: "
                             + ", ".join(sorted(missing)))
        names = [n for n in names if n in wanted]
    for flt in filters:
        if any(ch in flt for ch in "*?["):
            names = [n for n in names if fnmatch.fnmatchcase(n, flt)]
        else:
            names = [n for n in names if flt in n]
    return names


def child_env(extra=None):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and not k.startswith("LOOPSCOPE_")}
    env["PYTHONHASHSEED"] = "0"
    env["TZ"] = "UTC"
    env["LC_ALL"] = "C.UTF-8"
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra or {})
    return env


def normalize_code(rc):
    return 128 - rc if rc < 0 else rc


def strip_here(data):
    """CPython prints the script's absolute path: make it the bare name."""
    return data.replace((HERE + os.sep).encode(), b"")


def run_command(argv, timeout, python=False):
    """Run argv in HERE; return (stdout bytes, stderr bytes, code)."""
    try:
        p = subprocess.run(argv, cwd=HERE, env=child_env(),
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = e.stdout or b""
        err = (e.stderr or b"") + (
            "\nrun.py: timed out after %gs\n" % timeout).encode()
        return out, err, "timeout"
    out, err = p.stdout, p.stderr
    if python:
        out, err = strip_here(out), strip_here(err)
    # "Exception ignored in: <function C.__del__ at 0x7f...>": addresses vary from run to run.
    err = re.sub(rb" at 0x[0-9a-fA-F]+", b" at 0x...", err)
    return out, err, normalize_code(p.returncode)


def python_argv(python, name):
    return [python, name + ".py"]


def read_expected(name):
    def read(ext, default):
        try:
            with open(os.path.join(HERE, name + ext), "rb") as f:
                return f.read()
        except FileNotFoundError:
            return default
    out = read(".out", None)
    if out is None:
        raise SystemExit("run.py: %s.out is missing; run regen.py" % name)
    err = read(".err", b"")
    code = int(read(".code", b"0").decode().strip())
    return out, err, code


def exact_stderr(name):
    with open(os.path.join(HERE, name + ".py"), "rb") as f:
        first = f.readline()
    return first.strip().startswith(b"# exact-stderr")


def last_line(data):
    for line in reversed(data.splitlines()):
        if line.strip():
            return line.rstrip()
    return b""


def text(b):
    return b.decode("utf-8", "replace")


def udiff(expected, actual, label, limit=None):
    lines = list(difflib.unified_diff(
        text(expected).splitlines(keepends=True),
        text(actual).splitlines(keepends=True),
        fromfile=label + " (expected)", tofile=label + " (actual)"))
    if limit is not None and len(lines) > limit:
        more = len(lines) - limit
        lines = lines[:limit] + ["... (%d more diff lines)\n" % more]
    return "".join(l if l.endswith("\n") else l + "\n\\ No newline\n"
                   for l in lines)


def check(name, argv_for, timeout, python, limit=40, full=False):
    """Run one script; return (ok, report)."""
    exp_out, exp_err, exp_code = read_expected(name)
    out, err, code = run_command(argv_for(name), timeout, python)
    exact = exact_stderr(name)
    problems = []
    if out != exp_out:
        problems.append("stdout differs:\n"
                        + udiff(exp_out, out, name + ".out", limit))
    if code != exp_code:
        problems.append("exit code: expected %s, got %s" % (exp_code, code))
    if exact:
        if err != exp_err:
            problems.append("stderr differs (exact-stderr):\n"
                            + udiff(exp_err, err, name + ".err", limit))
    elif last_line(err) != last_line(exp_err):
        problems.append(
            "stderr last line differs:\n  expected: %r\n  actual:   %r"
            % (text(last_line(exp_err)), text(last_line(err))))
        if err.strip():
            tail = text(err).splitlines()[-limit:]
            problems.append("actual stderr (tail):\n"
                            + "".join("  | " + l + "\n" for l in tail))
    if full:
        rep = ["== %s: %s" % (name, "FAIL" if problems else "ok")]
        rep.append("exit code: expected %s, got %s" % (exp_code, code))
        rep.append(udiff(exp_out, out, name + ".out") or "stdout: identical")
        rep.append(udiff(exp_err, err, name + ".err") or "stderr: identical")
        if not exact:
            rep.append("(stderr is compared by its last non-empty line; "
                       "last lines %s)" % ("match" if last_line(err) ==
                                          last_line(exp_err) else "DIFFER"))
        return not problems, "\n".join(rep)
    if not problems:
        return True, ""
    return False, "FAIL %s\n%s" % (name, "\n".join(
        "  " + p.replace("\n", "\n  ").rstrip() for p in problems))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--loopscope", metavar="PATH",
                    help="the loopscope executable (run as PATH run NAME.py)")
    ap.add_argument("--python", nargs="?", const=sys.executable,
                    metavar="PYTHON",
                    help="instead of loopscope, check CPython against the "
                         "expected files (default: this interpreter)")
    ap.add_argument("--filter", action="append", default=[], metavar="X",
                    help="only scripts whose name contains X (or matches "
                         "the glob X); repeatable")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="exactly these scripts (comma-separated, "
                         "repeatable; with or without .py)")
    ap.add_argument("--diff", metavar="NAME",
                    help="run one script and print full unified diffs")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help="seconds per script (default %(default)s)")
    ap.add_argument("--quiet", "-q", action="store_true",
                    help="print only failures and the summary")
    ap.add_argument("--list", action="store_true",
                    help="list the selected scripts and exit")
    args = ap.parse_args(argv)

    if args.loopscope and args.python:
        ap.error("give --loopscope or --python, not both")
    python = False
    if args.loopscope:
        exe = os.path.abspath(args.loopscope)
        if not os.path.exists(exe):
            ap.error("no such file: %s" % exe)
        argv_for = lambda name: [exe, "run", name + ".py"]
    elif args.python:
        python = True
        argv_for = lambda name: python_argv(args.python, name)
    elif not args.list:
        ap.error("--loopscope PATH (or --python) is required")

    strip_py = lambda n: n[:-3] if n.endswith(".py") else n
    only = [strip_py(n) for o in args.only for n in o.split(",") if n]
    if args.diff:
        only = [strip_py(args.diff)]
    names = script_names(args.filter, only)
    if args.list:
        print("\n".join(names))
        return 0
    if not names:
        print("run.py: no script selected")
        return 1

    if args.diff:
        ok, report = check(names[0], argv_for, args.timeout, python,
                           full=True)
        print(report)
        print("%d passed, %d failed" % (int(ok), int(not ok)))
        return 0 if ok else 1

    passed, failed = [], []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as ex:
        futs = {n: ex.submit(check, n, argv_for, args.timeout, python)
                for n in names}
        for name in names:
            ok, report = futs[name].result()
            if ok:
                passed.append(name)
                if not args.quiet:
                    print("ok   %s" % name)
            else:
                failed.append(name)
                print(report)
            sys.stdout.flush()
    if failed and len(names) > 1:
        print("failed: " + " ".join(failed))
    print("%d passed, %d failed" % (len(passed), len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
