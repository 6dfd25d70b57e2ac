#!/usr/bin/env python3
"""Imports every practice exercise of an Exercism Swift track checkout and counts how many validate.

Issue 19's measure: of the practice exercises that need no packages, how many validate (the example
passes, the stub fails or does not compile)? Target: at least 90 %. Slow (about 20 s per exercise on two
cores), so it is kept out of `swift test`.

    python3 Benchmarks/exercism_import.py TRACK_DIR [--binary .build/debug/course] [--exercises a,b]
"""
import argparse, json, os, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def track_slugs(track, kind):
    config = json.load(open(os.path.join(track, "config.json")))
    listed = [e["slug"] for e in config.get("exercises", {}).get(kind, [])]
    present = set(os.listdir(os.path.join(track, "exercises", kind)))
    return [s for s in listed if s in present] + sorted(present - set(listed))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("track")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "course"))
    ap.add_argument("--exercises", help="comma-separated slugs (default: every exercise of --kind)")
    ap.add_argument("--kind", default="practice", choices=["practice", "concept"], help="which exercises (default: practice)")
    args = ap.parse_args()
    slugs = args.exercises.split(",") if args.exercises else track_slugs(args.track, args.kind)
    commit = subprocess.run(["git", "-C", args.track, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    folder = tempfile.mkdtemp(prefix="exercism-import-")
    started = time.time()
    run = subprocess.run([args.binary, "import", "exercism", args.track, "--to", folder, "--exercises", ",".join(slugs)],
                         capture_output=True, text=True, env=dict(os.environ, NO_COLOR="1"))
    seconds = time.time() - started
    passed, failed, skipped = [], [], []
    for line in run.stdout.splitlines():
        if m := re.match(r"✓ (exercise-\d+) (\S+):", line):
            passed.append(m.group(2))
        elif m := re.match(r"✗ (exercise-\d+) (\S+): (.*)", line):
            failed.append((m.group(2), m.group(3)))
        elif m := re.match(r"– (\S+): skipped: (.*)", line):
            skipped.append((m.group(1), m.group(2)))
    graded = len(passed) + len(failed)
    print(f"track commit {commit or '(unknown)'}; {len(slugs)} {args.kind} exercises; course in {folder}; {seconds:.0f} s")
    print(f"skipped (packages or layout): {len(skipped)}")
    for slug, reason in skipped:
        print(f"  - {slug}: {reason}")
    share = 100.0 * len(passed) / graded if graded else 0.0
    print(f"validate: {len(passed)} of {graded} imported exercises ({share:.1f} %); target 90 %")
    for slug, reason in failed:
        print(f"  ✗ {slug}: {reason[:300]}")
    if run.returncode not in (0, 1):
        print(run.stderr[-2000:], file=sys.stderr)
        return 2
    return 0 if graded and share >= 90.0 else 1


if __name__ == "__main__":
    sys.exit(main())
