#!/usr/bin/env python3
"""Issue 23's own check: every blind-spot wrong answer (a wrong/ file that the course before the generated
cases did not have) passes the hidden suites as they were before, and fails a generated test now.

Run from the package root after `swift build -c release`:
    python3 Benchmarks/blindspots.py [--before 22c2421] [--binary .build/release/course] [--jobs 2]
"""
import argparse
import concurrent.futures
import glob
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARTS = ["course.json", "Lessons", "Solutions", "Tests/Hidden", "Exercises"]


def check(binary, course, ex, path):
    result = subprocess.run([binary, "check", ex, "--file", path, "--json"], cwd=course, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=dict(os.environ, NO_COLOR="1"))
    try:
        report = json.loads(result.stdout)
    except ValueError:
        return "unparsable", []
    return report.get("status"), [t.get("name", "") for t in report.get("tests", []) if t.get("status") != "pass"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", default="22c2421", help="the commit before the generated cases")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/release/course"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    work = tempfile.mkdtemp(prefix="course-blindspots-")
    before, now = os.path.join(work, "before"), os.path.join(work, "now")
    archive = subprocess.run(["git", "archive", args.before] + PARTS, cwd=ROOT, stdout=subprocess.PIPE, check=True).stdout
    tarfile.open(fileobj=io.BytesIO(archive)).extractall(before)
    for part in PARTS:
        src, dst = os.path.join(ROOT, part), os.path.join(now, part)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, dst)
    spots = []
    for path in sorted(glob.glob(os.path.join(now, "Tests/Hidden/*/wrong/*.swift"))):
        rel = os.path.relpath(path, now)
        if not os.path.exists(os.path.join(before, rel)):
            ex = rel.split("/")[2]
            shutil.copy(path, os.path.join(work, ex + "--" + os.path.basename(path)))
            spots.append((ex, rel, os.path.join(work, ex + "--" + os.path.basename(path))))

    def judge(spot):
        ex, rel, copy = spot
        old_status, _ = check(binary, before, ex, copy)
        new_status, failing = check(binary, now, ex, copy)
        generated = [name for name in failing if name]
        return ex, rel, old_status, new_status, failing

    bad = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for ex, rel, old_status, new_status, failing in pool.map(judge, spots):
            ok = old_status == "pass" and new_status == "fail"
            bad += 0 if ok else 1
            print("%s %-70s before: %-5s now: %-5s %s" % ("ok " if ok else "BAD", rel, old_status, new_status,
                                                          "; ".join(failing)[:160]), flush=True)
    print("\n%d blind-spot answers: %d pass the suites of %s and fail now, %d do not" % (len(spots), len(spots) - bad, args.before, bad))
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
