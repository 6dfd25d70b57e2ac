#!/usr/bin/env python3
"""Turns `course check --all --json` (on standard input) into the payload GitHub Classroom's autograding
reporter reads: base64 JSON with a status, a max score and one test per exercise. Prints `result=<payload>`
for $GITHUB_OUTPUT, and a line per exercise on standard error for the workflow log.

The reporter scores a runner as (tests passed / tests) x max_score, so each exercise counts as one test of
equal weight here; `course grade` keeps per-exercise points and per-test weights.
"""
import base64, json, sys

report = json.load(sys.stdin)
tests = []
for entry in report["exercises"]:
    status = {"pass": "pass", "fail": "fail"}.get(entry["status"], "error")
    tests.append({
        "name": "%s: %s" % (entry["exercise"], entry["title"]),
        "status": status,
        "score": 1 if status == "pass" else 0,
        "message": entry.get("message") or "%d of %d tests passed" % (entry["tests_passed"], entry["tests"]),
        "line_no": None,
        "execution_time": "",
    })
    print("%s %s: %d of %d tests" % ("✓" if status == "pass" else "✗", entry["exercise"], entry["tests_passed"], entry["tests"]),
          file=sys.stderr)
payload = {
    "version": 1,
    "status": "pass" if tests and all(t["status"] == "pass" for t in tests) else "fail",
    "max_score": len(tests),
    "tests": tests,
}
print("result=" + base64.b64encode(json.dumps(payload).encode()).decode())
