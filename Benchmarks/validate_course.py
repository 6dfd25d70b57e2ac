#!/usr/bin/env python3
"""Issue 23's speed target: `course validate` of the whole curriculum, cold, on this machine's cores, <= 60 s.

Each round validates a fresh copy of the course (no `.course`: no harness module, reference module, suite
object, driver job list or report kept) and records the wall time and the CPU time of every process it
started. Rounds of the settings given with --jobs are interleaved, and medians are printed, because a
shared machine drifts.

    swift build -c release --product course
    python3 Benchmarks/validate_course.py --rounds 3 [--jobs default 2 3] [--json out.json] [--course PATH]

"default" runs without --jobs (the tool's own choice: one grading more than cores).
"""
import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_S = 60.0


def fresh_copy(source, work, name):
    copy = os.path.join(work, name)
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns(".course", ".build*", ".git", "Benchmarks"))
    return copy


def one_round(binary, copy, jobs):
    """Wall seconds, CPU seconds (user + system of every child) and the verdict line of one cold validate."""
    shutil.rmtree(os.path.join(copy, ".course"), ignore_errors=True)
    args = [binary, "validate"] + ([] if jobs == "default" else ["--jobs", jobs])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    run = subprocess.run(args, cwd=copy, capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    verdict = (run.stdout.strip().splitlines() or [""])[-1]
    if run.returncode != 0:
        sys.exit("validate failed (exit %d):\n%s\n%s" % (run.returncode, run.stdout[-2000:], run.stderr[-2000:]))
    gradings = re.search(r"(\d+) gradings on (\d+) workers", run.stderr)
    return wall, cpu, verdict, (int(gradings.group(1)), int(gradings.group(2))) if gradings else (0, 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", nargs="+", default=["default"], help='settings to compare: "default" or a number')
    ap.add_argument("--course", default=ROOT, help="the course to validate (default: this repository's curriculum)")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "course"))
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit("no %s: build it first with swift build -c release --product course" % args.binary)

    work = tempfile.mkdtemp(prefix="course-validate-bench-")
    try:
        copy = fresh_copy(args.course, work, "course")
        results = {jobs: [] for jobs in args.jobs}
        for round_number in range(args.rounds):
            for jobs in args.jobs:
                wall, cpu, verdict, (gradings, workers) = one_round(args.binary, copy, jobs)
                results[jobs].append({"wall_s": wall, "cpu_s": cpu, "gradings": gradings, "workers": workers})
                print("round %d, jobs %s (%d workers): %.1f s wall, %.1f s CPU — %s"
                      % (round_number + 1, jobs, workers, wall, cpu, verdict), flush=True)
        summary = {}
        for jobs, rounds in results.items():
            walls = [r["wall_s"] for r in rounds]
            summary[jobs] = {
                "rounds": rounds,
                "median_wall_s": statistics.median(walls),
                "max_wall_s": max(walls),
                "median_cpu_s": statistics.median(r["cpu_s"] for r in rounds),
                "gradings": rounds[0]["gradings"],
                "workers": rounds[0]["workers"],
                "cores": os.cpu_count(),
            }
            print("jobs %s: median %.1f s wall (max %.1f), %.1f s CPU, %d gradings on %d workers, %d cores: %s the %.0f s target"
                  % (jobs, summary[jobs]["median_wall_s"], summary[jobs]["max_wall_s"], summary[jobs]["median_cpu_s"],
                     summary[jobs]["gradings"], summary[jobs]["workers"], summary[jobs]["cores"],
                     "within" if summary[jobs]["median_wall_s"] <= TARGET_S else "OVER", TARGET_S))
        if args.json:
            with open(args.json, "w") as out:
                json.dump(summary, out, indent=2)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
