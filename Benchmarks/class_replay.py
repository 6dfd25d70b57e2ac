#!/usr/bin/env python3
"""The class-of-30 walkthrough of issue 25, replayed from outside on the shipped course (not part of `swift test`):

    swift build -c release --product course && python3 Benchmarks/class_replay.py --binary .build/release/course

Builds a temporary class of 30 synthetic students for three exercises of the shipped course (reference solutions,
starters, the course's own wrong answers from Tests/Hidden/*/wrong, a compile error, a crash, an endless loop, missing,
empty, huge and non-UTF-8 files, a link, names with commas, quotes, `=` and Unicode, stray files and `__MACOSX`), a
roster.csv (one entry without a submission, one submission without an entry), a due date with a late policy and one
extension, and runs the built `course grade` on it in every output format. Then it checks each item of issue 25 from
the files alone and prints one PASS or FAIL line per item, a summary, and exits 1 on any FAIL.
"""
import argparse, csv, glob, io, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, time, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXERCISES = ["exercise-1", "exercise-9", "exercise-17"]
DUE = "2026-12-01T23:59:00Z"
ON_TIME = "2026-12-01T12:00:00Z"
TWO_DAYS_LATE = "2026-12-03T10:00:00Z"
GRADESCOPE_TOP = {"score", "execution_time", "output", "output_format", "test_output_format", "test_name_format",
                  "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"}
GRADESCOPE_TEST = {"score", "max_score", "status", "name", "name_format", "number", "output", "output_format", "tags",
                   "visibility", "extra_data"}
VISIBILITIES = {"hidden", "after_due_date", "after_published", "visible"}
FORMATS = {"text", "html", "simple_format", "md", "ansi"}

results = []


def item(name, ok, detail=""):
    results.append((name, bool(ok)))
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, ("  (" + detail + ")") if detail and not ok else ""), flush=True)


def run(cmd, cwd, env, timeout=1800):
    t = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace"), time.perf_counter() - t


def read(path, mode="r"):
    with open(path, mode) as f:
        return f.read()


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)


# ---- the class ----------------------------------------------------------------------------------------------------

def make_class(course, klass):
    """Writes the submissions and returns {student: {exercise: expected outcome}} and facts the checks need."""
    solution = {e: read(os.path.join(course, "Solutions", e + ".swift")) for e in EXERCISES}
    starter = {e: read(os.path.join(course, "Tests", "Hidden", e, "starter.swift")) for e in EXERCISES}
    wrong = {e: sorted(glob.glob(os.path.join(course, "Tests", "Hidden", e, "wrong", "*.swift"))) for e in EXERCISES}
    expected = {}
    facts = {}

    def student(name, files, outcomes, submitted=ON_TIME, loose=False):
        folder = os.path.join(klass, name)
        os.makedirs(folder, exist_ok=True)
        for exercise, data in files.items():
            write(os.path.join(folder, exercise + ".swift") if loose else os.path.join(folder, "Exercises", exercise + ".swift"), data)
        if submitted:
            write(os.path.join(folder, ".submitted_at"), submitted + "\n")
        expected[name] = outcomes

    def own(e, name):  # unique bytes per student, so no two share a cached report
        return solution[e] + "\n// %s\n" % name

    for name in ["ada", "ben", "cleo", "dan", "eve"]:
        student(name, {e: own(e, name) for e in EXERCISES}, {e: "passed" for e in EXERCISES})
    for name in ["gus", "hal"]:
        student(name, {e: starter[e] + "\n// %s\n" % name for e in EXERCISES}, {e: "failed" for e in EXERCISES})
    for i, name in enumerate(["ivy", "jon", "kai", "lea", "max", "ned"]):
        student(name, {e: read(wrong[e][i % len(wrong[e])]) + "\n// %s\n" % name for e in EXERCISES}, {e: "failed" for e in EXERCISES})
    facts["wrong_student"] = "ivy"
    # A compile error at a known line; the other two exercises right.
    lines = solution["exercise-1"].split("\n")
    error_line = len(lines) + 1
    student("oli", {"exercise-1": solution["exercise-1"].rstrip("\n") + "\nlet broken: Int = \"not a number\"\n",
                    "exercise-9": own("exercise-9", "oli"), "exercise-17": own("exercise-17", "oli")},
            {"exercise-1": "error", "exercise-9": "passed", "exercise-17": "passed"})
    facts["compile_error"] = ("oli", "exercise-1", len(solution["exercise-1"].rstrip("\n").split("\n")) + 1)
    # A crash (index out of range) and an endless loop.
    crash = solution["exercise-17"].replace("func summarize(_ samples: [Double]) -> Summary? {",
                                            "func summarize(_ samples: [Double]) -> Summary? {\n    _ = samples[samples.count]", 1)
    assert crash != solution["exercise-17"]
    student("pam", {"exercise-1": own("exercise-1", "pam"), "exercise-9": own("exercise-9", "pam"), "exercise-17": crash},
            {"exercise-1": "passed", "exercise-9": "passed", "exercise-17": "failed"})
    loop = solution["exercise-9"].replace("    text.withCString { start -> ParseOutcome in",
                                          "    while text.utf8.count >= 0 {}\n    return text.withCString { start -> ParseOutcome in", 1)
    assert loop != solution["exercise-9"]
    student("quinn", {"exercise-1": own("exercise-1", "quinn"), "exercise-9": loop, "exercise-17": own("exercise-17", "quinn")},
            {"exercise-1": "passed", "exercise-9": "failed", "exercise-17": "passed"})
    facts["did_not_finish"] = [("pam", "exercise-17"), ("quinn", "exercise-9")]
    # Missing, empty, huge, non-UTF-8, a link.
    student("rae", {"exercise-1": own("exercise-1", "rae")}, {"exercise-1": "passed", "exercise-9": "missing", "exercise-17": "missing"})
    student("sam", {e: "" for e in EXERCISES}, {e: "error" for e in EXERCISES})
    student("tia", {"exercise-1": own("exercise-1", "tia") + "// " + "x" * 200 + "\n" * 1 + ("// padding\n" * 400_000),
                    "exercise-9": own("exercise-9", "tia"), "exercise-17": own("exercise-17", "tia")},
            {"exercise-1": "error", "exercise-9": "passed", "exercise-17": "passed"})
    student("uma", {"exercise-1": own("exercise-1", "uma"), "exercise-9": own("exercise-9", "uma"),
                    "exercise-17": b"// \xff\xfe not UTF-8\n" + own("exercise-17", "uma").encode()},
            {"exercise-1": "passed", "exercise-9": "passed", "exercise-17": "error"})
    student("vic", {"exercise-9": own("exercise-9", "vic"), "exercise-17": own("exercise-17", "vic")},
            {"exercise-1": "error", "exercise-9": "passed", "exercise-17": "passed"})
    os.symlink(os.path.join(course, "Solutions", "exercise-1.swift"), os.path.join(klass, "vic", "Exercises", "exercise-1.swift"))
    facts["not_run"] = [("oli", "exercise-1"), ("sam", "exercise-1"), ("tia", "exercise-1"), ("uma", "exercise-17"), ("vic", "exercise-1")]
    # Names a spreadsheet or a shell would trip on.
    for name in ["lee, ann", "o\"neil\t'quote'", "=cmd|' -C calc'!A0", "zoë-山田"]:
        student(name, {e: own(e, name) for e in EXERCISES}, {e: "passed" for e in EXERCISES})
    facts["odd_names"] = ["lee, ann", "o\"neil\t'quote'", "=cmd|' -C calc'!A0", "zoë-山田"]
    # Loose files (no Exercises/ folder), stray files inside a student's folder.
    student("wes", {e: own(e, "wes") for e in EXERCISES}, {e: "passed" for e in EXERCISES}, loose=True)
    student("xena", {e: own(e, "xena") for e in EXERCISES}, {e: "passed" for e in EXERCISES})
    write(os.path.join(klass, "xena", "notes.txt"), "my notes\n")
    write(os.path.join(klass, "xena", "__MACOSX", "._exercise-1.swift"), b"\x00\x05\x16\x07")
    # Deadlines: two days late; two days late with a three-day extension; no submission time at all.
    student("yan", {e: own(e, "yan") for e in EXERCISES}, {e: "passed" for e in EXERCISES}, submitted=TWO_DAYS_LATE)
    student("zed", {e: own(e, "zed") for e in EXERCISES}, {e: "passed" for e in EXERCISES}, submitted=TWO_DAYS_LATE)
    student("amy", {e: own(e, "amy") for e in EXERCISES}, {e: "passed" for e in EXERCISES}, submitted=None)
    facts["late"] = "yan"
    facts["extended"] = "zed"
    facts["not_in_roster"] = "amy"
    facts["no_submission"] = "ghost"
    # Debris beside the students.
    write(os.path.join(klass, "notes.txt"), "collected on Monday\n")
    write(os.path.join(klass, "__MACOSX", "._ada"), b"\x00\x05\x16\x07")
    write(os.path.join(klass, ".DS_Store"), b"\x00\x00\x00\x01Bud1")
    facts["strays"] = ["notes.txt", "__MACOSX"]
    assert len(expected) == 30, len(expected)

    roster = io.StringIO()
    w = csv.writer(roster)
    w.writerow(["folder", "student_id", "name", "email", "extension_days"])
    for i, name in enumerate(sorted(expected)):
        if name == facts["not_in_roster"]:
            continue
        w.writerow([name, "S%03d" % i, "Student %d" % i, "s%d@example.edu" % i, "3" if name == facts["extended"] else ""])
    w.writerow(["ghost", "S999", "Gone Student", "ghost@example.edu", ""])
    write(os.path.join(os.path.dirname(klass), "roster.csv"), roster.getvalue())
    return expected, facts


# ---- helpers over the outputs -------------------------------------------------------------------------------------

def gradebook_cells(out):
    """{student: {exercise: cell}} from gradebook.json, whatever its nesting."""
    data = json.loads(read(os.path.join(out, "gradebook.json")))
    return data, {shown(s["name"]): s.get("exercises", {}) for s in data.get("students", [])}


def shown(name):
    """A name as the outputs show it, back to the folder's name: a tab is written `\\u{9}`."""
    return re.sub(r"\\u\{0*9\}", "\t", name)


def journal_text(out):
    texts = []
    for root, _, files in os.walk(os.path.join(out, "journal")):
        for f in files:
            texts.append(read(os.path.join(root, f), "rb").decode("utf-8", "replace"))
    return "\n".join(texts)


def scratch_folders(tmp):
    return [d for d in os.listdir(tmp) if d.startswith("course-")] if os.path.isdir(tmp) else []


def gradescope_schema_problems(j):
    p = []
    if not set(j).issubset(GRADESCOPE_TOP):
        p.append("unknown keys %s" % (set(j) - GRADESCOPE_TOP))
    if not isinstance(j.get("score"), (int, float)):
        p.append("score")
    if not isinstance(j.get("execution_time"), int):
        p.append("execution_time is not whole seconds")
    for k in ["output_format", "test_output_format", "test_name_format"]:
        if j.get(k) not in FORMATS:
            p.append(k)
    for k in ["visibility", "stdout_visibility"]:
        if j.get(k) not in VISIBILITIES:
            p.append(k)
    for t in j.get("tests", []):
        if not set(t).issubset(GRADESCOPE_TEST):
            p.append("unknown test keys %s" % (set(t) - GRADESCOPE_TEST))
        if t.get("status") not in ("passed", "failed") or t.get("visibility") not in VISIBILITIES:
            p.append("status/visibility of %s" % t.get("name"))
        if not (0 <= t.get("score", -1) <= t.get("max_score", -2)):
            p.append("score of %s" % t.get("name"))
    if not j.get("tests"):
        p.append("no tests")
    return p


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "course"))
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print where it is")
    ap.add_argument("--reuse", metavar="DIR", help="check the class graded in a folder kept by --keep again, without grading it again")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit("no course binary at %s: swift build -c release --product course" % binary)
    work = os.path.abspath(args.reuse) if args.reuse else tempfile.mkdtemp(prefix="class-replay-")
    started = time.perf_counter()
    try:
        replay(binary, work, reuse=bool(args.reuse))
    finally:
        if args.keep or args.reuse:
            print("kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    failed = [n for n, ok in results if not ok]
    print("\nsummary: %d of %d items PASS in %.0f s%s" % (len(results) - len(failed), len(results), time.perf_counter() - started,
                                                         "; FAIL: " + ", ".join(failed) if failed else ""))
    sys.exit(1 if failed else 0)


def replay(binary, work, reuse=False):
    course = os.path.join(work, "course")
    klass = os.path.join(work, "submissions")
    roster = os.path.join(work, "roster.csv")
    tmp = os.path.join(work, "tmp")
    if reuse:
        for name in os.listdir(work):
            if name not in ("course", "submissions", "roster.csv", "grades", "main-run.json"):
                path = os.path.join(work, name)
                shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.remove(path)
        expected, facts = make_class(course, os.path.join(work, "tmp", "again"))
        shutil.rmtree(os.path.join(work, "tmp", "again"))
        os.replace(os.path.join(work, "tmp", "roster.csv"), roster)
    else:
        shutil.copytree(ROOT, course, symlinks=True, ignore=shutil.ignore_patterns(".course", ".build*", ".git", "Benchmarks"))
        expected, facts = make_class(course, klass)
        os.makedirs(tmp)
    env = dict(os.environ, TMPDIR=tmp, NO_COLOR="1")
    env.pop("COURSE_PROGRESS", None)
    numbers = ",".join(e.split("-")[1] for e in EXERCISES)
    pairs = 30 * len(EXERCISES)

    # One check, the unit of the throughput target: a new submission of each exercise, caches warm, median.
    one = one_checks(binary, course, env, work, "class") if not reuse else []
    check_s = statistics.median(one) if one else json.loads(read(os.path.join(work, "main-run.json")))["one_check_s"]

    # The class, every output format at once: gradebook, markdown feedback, JUnit, roster with LMS exports, deadline.
    out = os.path.join(work, "grades")
    grade = [binary, "grade", klass, "--out", out, "--exercises", numbers, "--junit", "--roster", roster,
             "--due", DUE, "--late-penalty", "10", "--late-cap", "30"]
    if reuse:
        kept = json.loads(read(os.path.join(work, "main-run.json")))
        code, stdout, stderr, wall = kept["code"], kept["stdout"], kept["stderr"], kept["wall_s"]
    else:
        code, stdout, stderr, wall = run(grade, course, env)
        write(os.path.join(work, "main-run.json"), json.dumps({"code": code, "stdout": stdout, "stderr": stderr, "wall_s": wall,
                                                               "one_check_s": check_s}))
    cores = os.cpu_count()
    throughput = pairs / wall
    print("graded the class's %d pairs in %.1f s: %.2f checks a second (one check of a reference solution: %.2f s; a submission whose "
          "interface differs from the starter's has its suite compiled afresh)" % (pairs, wall, throughput, check_s), flush=True)
    item("grade runs to the end (exit 0)", code == 0, "exit %d: %s" % (code, stderr[-600:]))
    data, cells = gradebook_cells(out)

    # 1. Verdicts.
    wrong = [(s, e, cells.get(s, {}).get(e, {}).get("outcome"), want) for s, outs in expected.items() for e, want in outs.items()
             if cells.get(s, {}).get(e, {}).get("outcome") != want]
    item("all %d verdicts right" % pairs, not wrong, "; ".join("%s %s: %s, expected %s" % w for w in wrong[:8]))

    # 2. Stray files are not students; they are named on stderr.
    students = set(cells)
    item("stray files and __MACOSX are not students, and are listed",
         not (students & set(facts["strays"])) and ".DS_Store" not in students and all(s in stderr for s in facts["strays"]),
         "students %s; stderr %s" % (sorted(students & set(facts["strays"])), stderr[:300]))

    # 3. Progress lines on a stderr that is not a terminal.
    progress = re.findall(r"Grading: (\d+) of (\d+) checks done", stderr)
    item("progress lines when stderr is not a terminal", progress and progress[-1][0] == progress[-1][1], stderr[:300])

    # 4. Compile errors with the student's path:line:col everywhere.
    student, exercise, line = facts["compile_error"]
    where = re.compile(r"%s\.swift:%d:\d+" % (exercise, line))
    feedback_files = glob.glob(os.path.join(out, "feedback", student + ".*"))
    junit = read(os.path.join(out, "junit.xml"))
    places = {"feedback": "".join(read(f) for f in feedback_files), "gradebook.json": json.dumps(cells[student][exercise]),
              "journal": journal_text(out), "junit.xml": junit}
    gs_out = os.path.join(work, "gradescope-" + student)
    run([binary, "grade", os.path.join(klass, student), "--format", "gradescope", "--out", gs_out, "--exercises", numbers], course, env)
    places["gradescope"] = read(os.path.join(gs_out, "results.json")) if os.path.exists(os.path.join(gs_out, "results.json")) else ""
    missing = [k for k, v in places.items() if not where.search(v)]
    item("a compile error shows the student's path:line:col in feedback, gradebook, journal, JUnit and Gradescope", not missing,
         "missing in %s" % missing)

    # 5. JUnit: <error> for what never ran or did not finish, <failure> for what failed; time; escaped attributes.
    suites = re.findall(r"<testsuite\b[^>]*>.*?</testsuite>", junit, re.S)

    def suite_of(s, e):
        return next((x for x in suites if x.startswith('<testsuite name="%s.%s"' % (xml_escape(s), e))), "")
    errors_ok = [(s, e) for s, e in facts["not_run"] + facts["did_not_finish"] if "<error" in suite_of(s, e) and "<failure" not in suite_of(s, e)]
    # A wrong answer's suite has a <failure> for what failed (a wrong answer may also crash or time out in a test: an <error>).
    failures_ok = all("<failure" in suite_of(s, e) for s, outs in expected.items() for e, want in outs.items()
                      if want == "failed" and (s, e) not in facts["did_not_finish"])
    expected_errors = facts["not_run"] + facts["did_not_finish"]
    item("JUnit: <error> for what never ran or did not finish, <failure> for what failed",
         len(errors_ok) == len(expected_errors) and failures_ok,
         "errors right for %s of %s; failure right: %s" % (errors_ok, expected_errors, failures_ok))
    cases = re.findall(r"<testcase\b[^>]*>", junit)
    item("JUnit: every testsuite and testcase has a time", cases and all(re.search(r'\btime="[0-9.]+"', c) for c in cases)
         and all(re.search(r'\btime="[0-9.]+"', x[:x.index(">")]) for x in suites), "")
    attributes = re.findall(r'\w+="([^"]*)"', junit)
    item("JUnit: no raw newline or tab in an attribute (a name with a tab included)", attributes
         and all("\n" not in a and "\t" not in a for a in attributes), "raw newline or tab in an attribute")

    # 6. Gradescope: hidden messages withheld without --release-hidden, shown with it; scores add up; documented keys.
    wrong_student = facts["wrong_student"]
    hidden_out, released_out = os.path.join(work, "gs-hidden"), os.path.join(work, "gs-released")
    run([binary, "grade", os.path.join(klass, wrong_student), "--format", "gradescope", "--out", hidden_out, "--exercises", numbers], course, env)
    run([binary, "grade", os.path.join(klass, wrong_student), "--format", "gradescope", "--out", released_out, "--exercises", numbers,
         "--release-hidden"], course, env)
    hidden = json.loads(read(os.path.join(hidden_out, "results.json")))
    released = json.loads(read(os.path.join(released_out, "results.json")))
    secret = [t.get("output", "") for t in released["tests"] if t.get("status") == "failed" and t.get("visibility") == "visible"
              and not any(h.get("name") == t.get("name") and h.get("visibility") == "visible" for h in hidden["tests"])]
    hidden_text = json.dumps(hidden)
    leaks = [s for s in secret if s and s.strip() and s.strip()[:60] in hidden_text]
    item("Gradescope withholds hidden messages without --release-hidden, shows them with it",
         secret and not leaks and all(t["visibility"] in ("visible", "after_due_date") for t in hidden["tests"]),
         "%d released hidden messages, %d leaked" % (len(secret), len(leaks)))
    sums = []
    for j in (hidden, released, json.loads(places["gradescope"] or "{}")):
        total = sum(t["score"] for t in j.get("tests", []))
        sums.append(abs(total - j.get("score", -1)) < 1e-9)
    perfect_out = os.path.join(work, "gs-perfect")
    run([binary, "grade", os.path.join(klass, "ada"), "--format", "gradescope", "--out", perfect_out, "--exercises", numbers], course, env)
    perfect = json.loads(read(os.path.join(perfect_out, "results.json")))
    full = sum(t["max_score"] for t in perfect["tests"])
    item("Gradescope scores add up (tests to score; a perfect submission scores its maximum)",
         all(sums) and abs(perfect["score"] - full) < 1e-9 and full > 0, "sums %s; perfect %s of %s" % (sums, perfect.get("score"), full))
    problems = gradescope_schema_problems(hidden) + gradescope_schema_problems(perfect)
    item("Gradescope results.json has the documented keys and values", not problems, "; ".join(problems[:5]))

    # 7. The roster, Canvas and Moodle.
    item("roster: the submission without an entry and the entry without a submission are listed",
         facts["not_in_roster"] in json.dumps(data.get("not_in_roster")) and facts["no_submission"] in json.dumps(data.get("no_submission")),
         "not_in_roster %s, no_submission %s" % (data.get("not_in_roster"), data.get("no_submission")))
    canvas = list(csv.reader(io.StringIO(read(os.path.join(out, "canvas.csv")))))
    moodle = list(csv.reader(io.StringIO(read(os.path.join(out, "moodle.csv")))))
    item("Canvas CSV: Student, ID, SIS User ID, SIS Login ID, Section, the course's column, a Points Possible row",
         canvas[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"] and len(canvas[0]) == 6
         and "Points Possible" in canvas[1][0] and len(canvas) == 2 + 29, "%s / %s rows" % (canvas[:2], len(canvas)))
    item("Moodle CSV: Email address, ID number, Full name, the course's column",
         moodle[0][:3] == ["Email address", "ID number", "Full name"] and len(moodle[0]) == 4 and len(moodle) == 1 + 29,
         "%s / %s rows" % (moodle[:1], len(moodle)))

    # 8. Lateness columns; names written safely.
    book = list(csv.DictReader(io.StringIO(read(os.path.join(out, "gradebook.csv")))))
    rows = {shown(r.get("student") or ""): r for r in book}
    late, extended = rows.get(facts["late"], {}), rows.get(facts["extended"], {})
    columns = ["total", "submitted", "days_late", "penalty_percent", "final"]
    item("gradebook: raw score, lateness and final score (10%/day, the extension honoured)",
         all(c in book[0] for c in columns) and late.get("days_late") == "2" and late.get("penalty_percent") == "20"
         and abs(float(late.get("final", -1)) - 0.8 * float(late.get("total", 0))) < 0.011 and extended.get("days_late") in ("0", "")
         and extended.get("final") == extended.get("total"), "late %s; extended %s" % (
             {c: late.get(c) for c in columns}, {c: extended.get(c) for c in columns}))
    defused = [r for r in book if (r.get("student") or "").startswith("'=")]
    item("names with commas, quotes, = and Unicode survive the CSV, and a leading = is defused",
         all(n in rows or ("'" + n) in rows for n in facts["odd_names"]) and defused and not any((r.get("student") or "").startswith("=") for r in book),
         "rows %s" % sorted(rows)[:40])
    item("feedback for every student", all(glob.glob(os.path.join(out, "feedback", "*"))) and len(os.listdir(os.path.join(out, "feedback"))) == 30,
         "%d files" % len(os.listdir(os.path.join(out, "feedback"))))
    text_out = os.path.join(work, "grades-text")
    code_text, _, _, _ = run([binary, "grade", klass, "--out", text_out, "--exercises", numbers, "--feedback", "text"], course, env)
    item("--feedback text writes .txt feedback", code_text == 0 and len(glob.glob(os.path.join(text_out, "feedback", "*.txt"))) == 30, "")

    # 9. Shards and merges.
    shards = [os.path.join(work, "shard-%d" % k) for k in (1, 2, 3)]
    for k, folder in enumerate(shards, 1):
        run([binary, "grade", klass, "--out", folder, "--exercises", numbers, "--shard", "%d/3" % k], course, env)
    merged = os.path.join(work, "merged")
    code2, _, err2, _ = run([binary, "grade", "--merge", shards[0], shards[1], "--out", merged], course, env)
    item("--merge of 2 of 3 shards is refused", code2 != 0 and "3" in err2, "exit %d: %s" % (code2, err2[-300:]))
    other = os.path.join(work, "shard-2-other")
    run([binary, "grade", klass, "--out", other, "--exercises", "1", "--shard", "2/3"], course, env)
    code3, _, err3, _ = run([binary, "grade", "--merge", shards[0], other, shards[2], "--out", merged + "-mixed"], course, env)
    item("--merge of shards graded over different exercises is refused", code3 != 0, "exit %d: %s" % (code3, err3[-300:]))
    code4, _, err4, _ = run([binary, "grade", "--merge"] + shards + ["--out", merged], course, env)
    item("--merge of all 3 shards writes what one machine writes", code4 == 0 and read(os.path.join(merged, "gradebook.csv"))
         == read(os.path.join(text_out, "gradebook.csv")), "exit %d: %s" % (code4, err4[-300:]))

    # 10. An empty submissions folder is an error.
    empty = os.path.join(work, "empty")
    os.makedirs(empty)
    code5, _, err5, _ = run([binary, "grade", empty, "--out", os.path.join(work, "grades-empty")], course, env)
    item("an empty submissions folder is an error", code5 != 0 and "empty" in err5, "exit %d: %s" % (code5, err5[-200:]))

    # 11. kill -9 in the middle, then resume: the scratch folders are gone and the verdicts are the same.
    # A copy of the class with one more comment line in every file, so that no report comes from the cache.
    killed_out = os.path.join(work, "grades-killed")
    again = os.path.join(work, "submissions-again")
    shutil.copytree(klass, again, symlinks=True)
    for folder, _, files in os.walk(again):
        for f in files:
            path = os.path.join(folder, f)
            if f.endswith(".swift") and not os.path.islink(path) and os.path.getsize(path) > 0:
                with open(path, "ab") as handle:
                    handle.write(b"\n// graded again\n")
    p = subprocess.Popen([binary, "grade", again, "--out", killed_out, "--exercises", numbers], cwd=course, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 300
    while time.time() < deadline and p.poll() is None:
        done = sum(len(f) for _, _, f in os.walk(os.path.join(killed_out, "journal"))) if os.path.isdir(os.path.join(killed_out, "journal")) else 0
        if done >= 5 and scratch_folders(tmp):
            break
        time.sleep(0.2)
    left_by_kill = scratch_folders(tmp)
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    time.sleep(0.5)
    code6, _, err6, _ = run([binary, "grade", again, "--out", killed_out, "--exercises", numbers], course, env)
    _, resumed = gradebook_cells(killed_out)
    same = all(resumed.get(s, {}).get(e, {}).get("outcome") == cells.get(s, {}).get(e, {}).get("outcome") for s in expected for e in EXERCISES)
    item("after kill -9 and a resume, the scratch folders are gone and the verdicts are the same",
         left_by_kill and code6 == 0 and not scratch_folders(tmp) and same,
         "left by the kill %s; after resume %s; exit %d; same %s" % (left_by_kill[:3], scratch_folders(tmp), code6, same))

    # 12. The Gradescope bundle of the shipped course, in a simulated /autograder layout.
    zip_path = os.path.join(work, "autograder.zip")
    code7, _, err7, _ = run([binary, "export", "--gradescope", zip_path], course, env)
    root = os.path.join(work, "autograder")
    ok = code7 == 0
    if ok:
        with zipfile.ZipFile(zip_path) as z:
            z.extractall(os.path.join(root, "source"))
        for script in ("setup.sh", "run_autograder"):
            os.chmod(os.path.join(root, "source", script), 0o755)
        write(os.path.join(root, "source", "grade-options"), "--exercises\n%s\n" % numbers)
        for e in EXERCISES:
            write(os.path.join(root, "submission", e + ".swift"), read(os.path.join(course, "Solutions", e + ".swift")))
        os.makedirs(os.path.join(root, "results"))
        code8, out8, err8, _ = run(["bash", os.path.join(root, "source", "run_autograder")], root,
                                   dict(env, AUTOGRADER_ROOT=root, COURSE_BIN=binary))
        path = os.path.join(root, "results", "results.json")
        bundle = json.loads(read(path)) if os.path.exists(path) else {}
        problems = gradescope_schema_problems(bundle) if bundle else ["no results.json"]
        full = sum(t["max_score"] for t in bundle.get("tests", []))
        ok = code8 == 0 and not problems and full > 0 and abs(bundle.get("score", -1) - full) < 1e-9
        detail = "exit %d; %s; score %s of %s; %s" % (code8, problems[:3], bundle.get("score"), full, (out8 + err8)[-400:])
    else:
        detail = err7[-300:]
    item("export --gradescope: run_autograder grades the reference solutions in a simulated /autograder to full marks", ok, detail)

    # 13. Throughput, as bench.py measures it: 30 students' own copies of the reference solutions (no report from a cache), one check
    # timed before and after it (the median of both: a shared machine's load drifts).
    clean = os.path.join(work, "submissions-clean")
    for n in range(30):
        for e in EXERCISES:
            write(os.path.join(clean, "student-%02d" % n, "Exercises", e + ".swift"),
                  read(os.path.join(course, "Solutions", e + ".swift")) + "\n// clean student %d\n" % n)
    before = one_checks(binary, course, env, work, "before")
    code9, _, err9, clean_wall = run([binary, "grade", clean, "--out", os.path.join(work, "grades-clean"), "--exercises", numbers], course, env)
    after = one_checks(binary, course, env, work, "after")
    clean_check = statistics.median(before + after)
    clean_throughput = pairs / clean_wall
    clean_target = 0.8 * cores / clean_check
    load = os.getloadavg()[0]
    item("throughput %.2f checks/s >= 0.8 × %d cores ÷ one check (%.2f s) = %.2f (30 students' reference solutions; load average %.1f)"
         % (clean_throughput, cores, clean_check, clean_target, load), code9 == 0 and clean_throughput >= clean_target, err9[-300:])
    print(json.dumps({"students": 30, "exercises": EXERCISES, "pairs": pairs, "class_wall_s": round(wall, 1),
                      "class_throughput_per_s": round(throughput, 2), "class_one_check_s": round(check_s, 2),
                      "clean_wall_s": round(clean_wall, 1), "clean_throughput_per_s": round(clean_throughput, 2),
                      "clean_one_check_s": round(clean_check, 2), "target_per_s": round(clean_target, 2), "cores": cores,
                      "load_average": round(load, 1)}), flush=True)


def one_checks(binary, course, env, work, label):
    """Seconds of `course check --file` on a new copy of each exercise's reference solution (after one untimed check)."""
    times = []
    for e in EXERCISES:
        for n in range(3):
            path = os.path.join(work, "one-%s-%s-%d.swift" % (label, e, n))
            write(path, read(os.path.join(course, "Solutions", e + ".swift")) + "\n// one check %s %d %f\n" % (label, n, time.time()))
            seconds = run([binary, "check", e, "--file", path], course, env)[3]
            if n > 0:
                times.append(seconds)
    return times


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


if __name__ == "__main__":
    main()
