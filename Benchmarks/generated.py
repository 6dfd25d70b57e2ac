#!/usr/bin/env python3
"""What generated cases cost (issue 23), measured on the curriculum with the built `course`:

- per exercise: a check of the reference solution after a body-only edit (the suite object reused, so
  relink and run), with the exercise's Generated*.swift files and without them, interleaved; the
  difference is what the generated cases add (target: <= 0.3 s on a typical exercise);
- exercise-17: that check against the compiler floor (one swiftc over the learner file, the example
  suite and a main, then run: the floor of issue 18; target <= 0.5 x);
- `course validate` of the whole curriculum from a cold cache (target <= 60 s on 2 cores).

Run from the package root after `swift build -c release`:
    python3 Benchmarks/generated.py [--rounds 5] [--binary .build/release/course] [--exercises 1-26] [--no-validate]
"""
import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sh(cmd, cwd=None, env=None, check=True):
    result = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    if check and result.returncode not in (0, 1):
        sys.exit("failed (%d): %s\n%s" % (result.returncode, " ".join(cmd), result.stdout.decode(errors="replace")[-2000:]))
    return result


def timed(cmd, **kw):
    start = time.monotonic()
    result = sh(cmd, **kw)
    return time.monotonic() - start, result


def copy_course(work, name):
    dest = os.path.join(work, name)
    for part in ["course.json", "Lessons", "Solutions", "Tests/Hidden", "Exercises"]:
        src = os.path.join(ROOT, part)
        target = os.path.join(dest, part)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.isdir(src):
            shutil.copytree(src, target)
        else:
            shutil.copy(src, target)
    return dest


def exercise_range(text):
    ids = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-")
            ids += list(range(int(a), int(b) + 1))
        else:
            ids.append(int(part))
    return ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/release/course"))
    ap.add_argument("--exercises", default="1-26")
    ap.add_argument("--no-validate", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    env = dict(os.environ, NO_COLOR="1")
    work = tempfile.mkdtemp(prefix="course-generated-bench-")
    with_gen = copy_course(work, "with")
    without = copy_course(work, "without")
    for path in glob.glob(os.path.join(without, "Tests/Hidden/*/tests/Generated*.swift")):
        os.remove(path)

    report = {"rounds": args.rounds, "cores": os.cpu_count(), "exercises": {}}
    added = []
    for n in exercise_range(args.exercises):
        ex = "exercise-%d" % n
        if not glob.glob(os.path.join(with_gen, "Tests/Hidden", ex, "tests/Generated*.swift")):
            continue
        samples = {"with": [], "without": []}
        for course in (with_gen, without):  # warm: harness, reference and suite objects compiled once
            shutil.copy(os.path.join(course, "Solutions", ex + ".swift"), os.path.join(course, "candidate.swift"))
            sh([binary, "check", ex, "--file", "candidate.swift"], cwd=course, env=env)
        for i in range(args.rounds):
            for label, course in (("with", with_gen), ("without", without)):
                candidate = os.path.join(course, "candidate.swift")
                with open(candidate, "a") as f:
                    f.write("\n// body-only edit %d\n" % i)  # a new file, the same interface: relink and run
                seconds, result = timed([binary, "check", ex, "--file", "candidate.swift"], cwd=course, env=env)
                if result.returncode != 0:
                    sys.exit("%s: the reference does not pass (%s)\n%s" % (ex, label, result.stdout.decode()[-1500:]))
                samples[label].append(seconds)
        med = {k: statistics.median(v) for k, v in samples.items()}
        report["exercises"][ex] = {"with_s": med["with"], "without_s": med["without"], "added_s": med["with"] - med["without"]}
        added.append(med["with"] - med["without"])
        print("%-12s check %.3f s with generated cases, %.3f s without: %+.3f s" % (ex, med["with"], med["without"], med["with"] - med["without"]),
              flush=True)
    if added:
        report["added_median_s"] = statistics.median(added)
        report["added_max_s"] = max(added)
        print("\ngenerated cases add %.3f s to a check (median over exercises), %.3f s at most (target <= 0.3 s)"
              % (report["added_median_s"], report["added_max_s"]))

    # exercise-17 against the compiler floor: one swiftc over learner + example suite + main, then run.
    floor_dir = os.path.join(work, "floor")
    os.makedirs(floor_dir)
    suite = [f for f in glob.glob(os.path.join(ROOT, "Tests/Hidden/exercise-17/tests/*.swift")) if "Generated" not in f]
    tests = []
    for f in suite:
        text = open(f).read()
        cls = re.search(r"class (\w+): XCTestCase", text).group(1)
        tests.append((cls, re.findall(r"func (test\w+)\(", text)))
    main = "import XCTest\nXCTMain([\n" + ",\n".join(
        "testCase([%s])" % ", ".join('("%s", %s.%s)' % (t, c, t) for t in ts) for c, ts in tests) + "\n])\n"
    os.makedirs(os.path.join(floor_dir, "m"))
    open(os.path.join(floor_dir, "m", "main.swift"), "w").write(main)

    def floor_run(i):
        src = os.path.join(floor_dir, "learner.swift")
        shutil.copy(os.path.join(ROOT, "Solutions/exercise-17.swift"), src)
        open(src, "a").write("\n// %d\n" % i)
        start = time.monotonic()
        sh(["swiftc", "-Onone", "-module-name", "Floor", src] + suite + [os.path.join(floor_dir, "m", "main.swift"), "-o", os.path.join(floor_dir, "t")])
        sh([os.path.join(floor_dir, "t")])
        return time.monotonic() - start

    floor_run(-1)
    floors, checks = [], []
    candidate = os.path.join(with_gen, "candidate.swift")
    shutil.copy(os.path.join(with_gen, "Solutions/exercise-17.swift"), candidate)
    sh([binary, "check", "exercise-17", "--file", "candidate.swift"], cwd=with_gen, env=env)
    for i in range(args.rounds):
        floors.append(floor_run(i))
        with open(candidate, "a") as f:
            f.write("\n// edit %d\n" % i)
        checks.append(timed([binary, "check", "exercise-17", "--file", "candidate.swift"], cwd=with_gen, env=env)[0])
    report["ex17_floor_s"] = statistics.median(floors)
    report["ex17_check_body_edit_s"] = statistics.median(checks)
    report["ex17_over_floor"] = report["ex17_check_body_edit_s"] / report["ex17_floor_s"]
    print("exercise-17: a check after a body-only edit (generated cases included) %.3f s, the floor %.3f s: %.2fx (target <= 0.5)"
          % (report["ex17_check_body_edit_s"], report["ex17_floor_s"], report["ex17_over_floor"]))

    if not args.no_validate:
        cold = copy_course(work, "validate")
        seconds, result = timed([binary, "validate"], cwd=cold, env=env)
        report["validate_cold_s"] = seconds
        report["validate_ok"] = result.returncode == 0
        tail = result.stdout.decode(errors="replace").strip().splitlines()[-1:]
        print("validate of the whole curriculum, cold: %.1f s (target <= 60 s): %s" % (seconds, tail[0] if tail else ""))
        cases = sum(int(m) for m in re.findall(r"\((\d+) generated cases in", result.stdout.decode(errors="replace")))
        report["validate_generated_cases"] = cases
        print("generated cases run by the reference solutions: %d" % cases)

    print(json.dumps(report, indent=2))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
