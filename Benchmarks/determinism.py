#!/usr/bin/env python3
"""Issue 23's determinism check: each reference solution and each wrong solution of the curriculum gets
the same verdict (and the same failing tests) in N runs in a row, graded afresh each time
(`course check --file`, which never answers from the cache).

Run from the package root after `swift build -c release`:
    python3 Benchmarks/determinism.py [--runs 20] [--binary .build/release/course] [--exercises 1-26] [--jobs 2]
"""
import argparse
import concurrent.futures
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def exercise_range(text):
    ids = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        ids += list(range(int(a), int(b or a) + 1))
    return ids


def verdict(binary, course, ex, path):
    result = subprocess.run([binary, "check", ex, "--file", path, "--json"], cwd=course, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=dict(os.environ, NO_COLOR="1"))
    try:
        report = json.loads(result.stdout)
        failing = sorted(t.get("name", "") for t in report.get("tests", []) if t.get("status") != "pass")
        return (result.returncode, report.get("status"), tuple(failing))
    except ValueError:
        return (result.returncode, "unparsable", ())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/release/course"))
    ap.add_argument("--exercises", default="1-26")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    work = tempfile.mkdtemp(prefix="course-determinism-")
    course = os.path.join(work, "course")
    for part in ["course.json", "Lessons", "Solutions", "Tests/Hidden", "Exercises"]:
        src, dst = os.path.join(ROOT, part), os.path.join(course, part)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, dst)
    files = []
    for n in exercise_range(args.exercises):
        ex = "exercise-%d" % n
        files.append((ex, "Solutions/%s.swift" % ex))
        files += [(ex, os.path.relpath(p, course)) for p in sorted(glob.glob(os.path.join(course, "Tests/Hidden", ex, "wrong/*.swift")))]
    unstable = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for ex, path in files:
            verdicts = list(pool.map(lambda _: verdict(binary, course, ex, path), range(args.runs)))
            distinct = set(verdicts)
            mark = "same" if len(distinct) == 1 else "DIFFERENT"
            print("%-12s %-70s %s in %d runs: %s" % (ex, path, mark, args.runs, verdicts[0][1]), flush=True)
            if len(distinct) != 1:
                unstable.append({"file": path, "verdicts": [list(v) for v in distinct]})
    print("\n%d files, %d runs each: %d with differing verdicts" % (len(files), args.runs, len(unstable)))
    if unstable:
        print(json.dumps(unstable, indent=2))
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if unstable else 0)


if __name__ == "__main__":
    main()
