#!/usr/bin/env python3
"""Measures `course` against the compiler floor and the SwiftPM route, interleaved, and prints
medians and ratios. Run on purpose (not part of `swift test`):

    swift build -c release && python3 Benchmarks/bench.py [--rounds 7] [--binary .build/release/course]

Targets (issue 7): check on a new submission <= 1.15 x floor; cached re-check <= 50 ms;
validate wall <= 0.6 x serial; next/list first output <= 50 ms on 100 lessons; RSS < 50 MB.
Issue 11: the sandbox and the object checks add <= 10 % to a check; a check stays <= 1.05 x floor.
Issue 18: a re-check after a body-only edit <= 0.5 x floor, the first check after a prewarm <= 0.55 x,
after an interface change <= 1.05 x; --validate-course: validate of the whole curriculum with the suite-object
cache against COURSE_SUITE_CACHE=off, target >= 30 % faster (minutes).
Issue 15 (--grade): grade throughput on 30 students >= 0.8 x cores / (one check); merging 100 shards < 1 s.
Issue 12: a sanitized check <= 2 x the plain floor; mutation analysis of one exercise <= 60 s
(--mutation), of the whole curriculum <= 15 min (--mutation-course, slow).
Issue 14 (the authoring loop): `validate exercise-K` with its wrong solutions <= 5 s, on the curriculum
exercise with the most wrong solutions; `validate --quick` over the whole curriculum <= 1 s
(`--authoring-only` measures just these two).
Issue 16: a check of a Swift Testing exercise <= 1.15 x its own floor (one swiftc over learner file, suite
and a minimal entry point, then run it): --swift-testing measures only that, on tiny-course exercise-4.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TINY = os.path.join(ROOT, "Examples", "tiny-course")


def sh(cmd, cwd=None, env=None, check=True):
    r = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if check and r.returncode not in (0, 1):
        sys.exit("command failed (%d): %s\n%s" % (r.returncode, " ".join(cmd), r.stdout[-2000:]))
    return r


def timed(cmd, **kw):
    t = time.perf_counter()
    sh(cmd, **kw)
    return time.perf_counter() - t


def first_output_seconds(cmd, cwd, env):
    """Seconds until the first byte arrives on stdout."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdout.read(1)
    first = time.perf_counter() - t
    p.stdout.read()
    p.wait()
    return first


def peak_rss_mb(cmd, cwd, env):
    """Peak VmRSS of the course process itself (not its compiler children), sampled every 5 ms."""
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while p.poll() is None:
        try:
            with open("/proc/%d/status" % p.pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        peak = max(peak, int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.005)
    return peak / 1024


def test_list(suite_source):
    cls, out = None, []
    for line in suite_source.splitlines():
        m = re.search(r"class\s+(\w+)\s*:\s*XCTestCase", line)
        if m:
            cls = m.group(1)
        m = re.search(r"func\s+(test\w*)\s*\(\s*\)", line)
        if m and cls:
            out.append((cls, m.group(1)))
    return out


def authoring_loop(binary, work, env, rounds):
    """Issue 14: one exercise validated with its wrong solutions, and the static checks of the whole curriculum."""
    main_copy = os.path.join(work, "authoring")
    shutil.copytree(ROOT, main_copy, ignore=shutil.ignore_patterns(".course", ".build*", ".git", "Benchmarks", "Sources", "Examples"))
    hidden = os.path.join(main_copy, "Tests", "Hidden")
    for ex in os.listdir(hidden):  # learner files as the starters, whatever a local learner has done
        starter = os.path.join(hidden, ex, "starter.swift")
        if os.path.exists(starter):
            shutil.copy(starter, os.path.join(main_copy, "Exercises", ex + ".swift"))
    def wrong_count(ex):
        folder = os.path.join(hidden, ex, "wrong")
        return len([f for f in os.listdir(folder) if f.endswith(".swift")]) if os.path.isdir(folder) else 0
    ex = max(sorted(os.listdir(hidden)), key=wrong_count)
    sh([binary, "validate", ex], cwd=main_copy, env=env)  # warm-up: the harness module and the module caches
    one = [timed([binary, "validate", ex], cwd=main_copy, env=env) for _ in range(max(3, rounds // 2))]
    # The authoring loop proper: the suite was just edited, so no compiled suite can be reused.
    suite_folder = os.path.join(hidden, ex, "tests")
    suite_file = os.path.join(suite_folder, sorted(f for f in os.listdir(suite_folder) if f.endswith(".swift"))[0])
    edited = []
    for i in range(max(3, rounds // 2)):
        with open(suite_file, "a") as f:
            f.write("\n// edited by the benchmark, round %d %f\n" % (i, time.time()))
        edited.append(timed([binary, "validate", ex], cwd=main_copy, env=env))
    sh([binary, "validate", "--quick"], cwd=main_copy, env=env)
    quick = [timed([binary, "validate", "--quick"], cwd=main_copy, env=env) for _ in range(rounds)]
    return {
        "validate_one_exercise": ex,
        "validate_one_exercise_gradings": 2 + wrong_count(ex),
        "validate_one_exercise_s": statistics.median(one),
        "validate_one_exercise_after_suite_edit_s": statistics.median(edited),
        "validate_quick_curriculum_s": statistics.median(quick),
    }


def authoring_summary(loop):
    return ("\nauthoring loop: validate %s (%d gradings) %.2f s, %.2f s right after a suite edit (target <= 5); "
            "validate --quick, whole curriculum %.3f s (target <= 1)"
            % (loop["validate_one_exercise"], loop["validate_one_exercise_gradings"], loop["validate_one_exercise_s"],
               loop["validate_one_exercise_after_suite_edit_s"], loop["validate_quick_curriculum_s"]))
def swift_testing_bench(binary, rounds, work, env, ex="exercise-4"):
    """A Swift Testing check against its own floor, interleaved; prints medians and ratios."""
    course = os.path.join(work, "course")
    shutil.copytree(TINY, course, ignore=shutil.ignore_patterns(".course"))
    hidden = os.path.join(course, "Tests", "Hidden", ex, "tests")
    suite_files = [os.path.join(hidden, f) for f in sorted(os.listdir(hidden))]
    solution = open(os.path.join(course, "Solutions", ex + ".swift")).read()
    floor = os.path.join(work, "floor-testing")
    os.makedirs(floor)
    main_file = os.path.join(floor, "main.swift")
    open(main_file, "w").write("import Testing\n@main struct Floor {\n    static func main() async {\n"
                               "        let _: CInt = await Testing.__swiftPMEntryPoint(passing: nil)\n    }\n}\n")

    def floor_run(i):
        src = os.path.join(floor, "learner.swift")
        open(src, "w").write(solution + "\n// round %d\n" % i)
        t = time.perf_counter()
        sh(["swiftc", "-Onone", "-parse-as-library", "-module-name", "Floor", src] + suite_files + [main_file, "-o", os.path.join(floor, "t")])
        sh([os.path.join(floor, "t")])
        return time.perf_counter() - t

    learner = os.path.join(course, "Exercises", ex + ".swift")

    def check_new(i):
        open(learner, "w").write(solution + "\n// a submission never seen before: %d %f\n" % (i, time.time()))
        return timed([binary, "check", ex], cwd=course, env=env)

    def check_interface_change(i):
        open(learner, "w").write(solution + "\nstruct BenchRound%d%d {}\n" % (i, int(time.time() * 1000)))
        return timed([binary, "check", ex], cwd=course, env=env)

    print("warming up (Swift Testing floor and check)...", flush=True)
    floor_run(-1)
    check_new(-1)
    samples = {"floor": [], "check_new": [], "check_interface_change": []}
    for i in range(rounds):
        samples["floor"].append(floor_run(i))
        samples["check_interface_change"].append(check_interface_change(i))
        samples["check_new"].append(check_new(i))
    med = {k: statistics.median(v) for k, v in samples.items()}
    report = {"rounds": rounds, "exercise": ex, "testing_floor_s": med["floor"],
              "testing_check_new_s": med["check_new"], "testing_check_new_over_floor": med["check_new"] / med["floor"],
              "testing_check_interface_change_s": med["check_interface_change"],
              "testing_check_interface_change_over_floor": med["check_interface_change"] / med["floor"], "cores": os.cpu_count()}
    print(json.dumps(report, indent=2))
    print("\nSwift Testing: check %.2fx its floor on a known interface, %.2fx after an interface change (target <= 1.15)"
          % (report["testing_check_new_over_floor"], report["testing_check_interface_change_over_floor"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "course"))
    ap.add_argument("--exercise", default="exercise-2", help="tiny-course exercise to measure")
    ap.add_argument("--mutation", action="store_true", help="also time validate --mutate on one tiny and one curriculum exercise")
    ap.add_argument("--validate-course", action="store_true", help="also time validate of the whole curriculum with and without the suite-object cache (minutes)")
    ap.add_argument("--grade", action="store_true", help="also time course grade on a class of 30 students and a merge of 100 shards")
    ap.add_argument("--mutation-course", action="store_true", help="also time validate --mutate on the whole curriculum (minutes)")
    ap.add_argument("--authoring-only", action="store_true", help="only the authoring loop: validate exercise-K and validate --quick (issue 14)")
    ap.add_argument("--swift-testing", action="store_true", help="only a Swift Testing check against its own floor (tiny exercise-4)")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.path.exists(binary):
        sys.exit("build first: swift build -c release (or pass --binary)")
    work = tempfile.mkdtemp(prefix="course-bench-")
    env = dict(os.environ, NO_COLOR="1")
    if args.authoring_only:
        try:
            loop = authoring_loop(binary, work, env, args.rounds)
            print(json.dumps(loop, indent=2))
            print(authoring_summary(loop))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    if args.swift_testing:
        try:
            swift_testing_bench(binary, args.rounds, work, env)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    try:
        course = os.path.join(work, "course")
        shutil.copytree(TINY, course, ignore=shutil.ignore_patterns(".course"))
        ex = args.exercise
        hidden = os.path.join(course, "Tests", "Hidden", ex)
        solution = open(os.path.join(course, "Solutions", ex + ".swift")).read()
        suite_files = [os.path.join(hidden, "tests", f) for f in sorted(os.listdir(os.path.join(hidden, "tests")))]
        suite_src = "\n".join(open(f).read() for f in suite_files)

        # The floor: one swiftc over learner + suite + main, then run it.
        floor = os.path.join(work, "floor")
        os.makedirs(os.path.join(floor, "m"))
        tests = test_list(suite_src)
        by_class = {}
        for c, t in tests:
            by_class.setdefault(c, []).append('("%s", %s.%s)' % (t, c, t))
        open(os.path.join(floor, "m", "main.swift"), "w").write(
            "import XCTest\nXCTMain([%s])\n" % ", ".join("testCase([%s])" % ", ".join(v) for v in by_class.values()))
        for f in suite_files:
            shutil.copy(f, floor)

        def floor_run(i):
            src = os.path.join(floor, "learner.swift")
            open(src, "w").write(solution + "\n// round %d\n" % i)
            t = time.perf_counter()
            sh(["swiftc", "-Onone", "-module-name", "Floor", src] + [os.path.join(floor, os.path.basename(f)) for f in suite_files]
               + [os.path.join(floor, "m", "main.swift"), "-o", os.path.join(floor, "t")])
            sh([os.path.join(floor, "t")])
            return time.perf_counter() - t

        # The SwiftPM route (what Exercism's Swift track runs): a package per exercise.
        spm = os.path.join(work, "spm")
        os.makedirs(os.path.join(spm, "Sources", "Exercise"))
        os.makedirs(os.path.join(spm, "Tests", "ExerciseTests"))
        open(os.path.join(spm, "Package.swift"), "w").write(
            '// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: "Exercise", targets: ['
            '.target(name: "Exercise"), .testTarget(name: "ExerciseTests", dependencies: ["Exercise"])])\n')
        for f in suite_files:
            open(os.path.join(spm, "Tests", "ExerciseTests", os.path.basename(f)), "w").write(
                "@testable import Exercise\n" + open(f).read())

        def spm_run(i):
            open(os.path.join(spm, "Sources", "Exercise", "exercise.swift"), "w").write(solution + "\n// round %d\n" % i)
            return timed(["swift", "test"], cwd=spm)

        learner = os.path.join(course, "Exercises", ex + ".swift")

        def check_new(i):
            open(learner, "w").write(solution + "\n// a submission never seen before: %d %f\n" % (i, time.time()))
            return timed([binary, "check", ex], cwd=course, env=env)

        def check_cached(i):
            return timed([binary, "check", ex], cwd=course, env=env)

        def check_interface_change(i):
            # A new top-level type: the learner module's interface changes, so the suite is compiled again.
            open(learner, "w").write(solution + "\nstruct BenchRound%d%d {}\n" % (i, int(time.time() * 1000)))
            return timed([binary, "check", ex], cwd=course, env=env)

        def check_unsandboxed(i):
            open(learner, "w").write(solution + "\n// unsandboxed submission: %d %f\n" % (i, time.time()))
            return timed([binary, "check", ex, "--sandbox", "off"], cwd=course, env=env)

        def check_first_after_prewarm(i):
            # A course nobody has checked yet: 'course next' prewarms in the background while the learner reads
            # (here: waited for), then the learner's first check of a file that fills in the starter's bodies.
            fresh = os.path.join(work, "fresh-%d" % i)
            shutil.copytree(TINY, fresh, ignore=shutil.ignore_patterns(".course"))
            sh([binary, "prewarm", ex], cwd=fresh, env=env)
            open(os.path.join(fresh, "Exercises", ex + ".swift"), "w").write(solution)
            seconds = timed([binary, "check", ex], cwd=fresh, env=env)
            shutil.rmtree(fresh, ignore_errors=True)
            return seconds

        # The same exercise built with AddressSanitizer, in a second copy of the course.
        sanitized = os.path.join(work, "sanitized")
        shutil.copytree(TINY, sanitized, ignore=shutil.ignore_patterns(".course"))
        settings_path = os.path.join(sanitized, "Tests", "Hidden", ex, "exercise.json")
        settings = json.load(open(settings_path))
        settings["sanitizers"] = ["address"]
        json.dump(settings, open(settings_path, "w"))
        sanitized_learner = os.path.join(sanitized, "Exercises", ex + ".swift")

        def check_sanitized(i):
            open(sanitized_learner, "w").write(solution + "\n// sanitized submission: %d %f\n" % (i, time.time()))
            return timed([binary, "check", ex], cwd=sanitized, env=env)

        print("warming up (module caches, first SwiftPM build)...", flush=True)
        floor_run(-1)
        check_new(-1)
        check_unsandboxed(-1)
        check_sanitized(-1)
        spm_cold = spm_run(-1)
        samples = {"floor": [], "check_new": [], "check_cached": [], "spm_incremental": [], "check_unsandboxed": [],
                   "check_sanitized": [], "check_interface_change": [], "check_first_after_prewarm": []}
        for i in range(args.rounds):
            samples["floor"].append(floor_run(i))
            samples["check_interface_change"].append(check_interface_change(i))
            samples["check_new"].append(check_new(i))
            samples["check_first_after_prewarm"].append(check_first_after_prewarm(i))
            samples["check_cached"].append(check_cached(i))
            samples["check_unsandboxed"].append(check_unsandboxed(i))
            samples["check_sanitized"].append(check_sanitized(i))
            samples["spm_incremental"].append(spm_run(i))
        med = {k: statistics.median(v) for k, v in samples.items()}

        # validate: serial sum vs parallel wall, interleaved.
        v1, v2 = [], []
        for i in range(max(3, args.rounds // 2)):
            v1.append(timed([binary, "validate", "--jobs", "1"], cwd=course, env=env))
            v2.append(timed([binary, "validate"], cwd=course, env=env))
        serial, parallel = statistics.median(v1), statistics.median(v2)

        # next/list on a generated course of 100 lessons and 200 exercises.
        big = os.path.join(work, "big")
        os.makedirs(os.path.join(big, "Lessons"))
        open(os.path.join(big, "course.json"), "w").write('{"format_version": 1, "title": "Generated"}')
        for n in range(1, 101):
            ids = ["exercise-%d" % (2 * n - 1), "exercise-%d" % (2 * n)]
            body = ("Some lesson text with `code`, a [link](https://example.com) and a table.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n" * 10)
            open(os.path.join(big, "Lessons", "%03d-lesson-%d.md" % (n, n)), "w").write(
                "---\ntitle: Lesson %d\nmodule: Module %d\nexercises: %s\n---\n\n# Lesson %d\n\n%s" % (n, (n - 1) // 10 + 1, ", ".join(ids), n, body))
            for i in ids:
                d = os.path.join(big, "Tests", "Hidden", i, "tests")
                os.makedirs(d)
                open(os.path.join(d, "T.swift"), "w").write("import XCTest\nfinal class T: XCTestCase { func testA() {} }\n")
                open(os.path.join(big, "Tests", "Hidden", i, "exercise.json"), "w").write('{"title": "%s", "hints": ["h"]}' % i)
        nexts = [first_output_seconds([binary, "next", "--no-pager"], big, env) for _ in range(args.rounds)]
        lists = [first_output_seconds([binary, "list"], big, env) for _ in range(args.rounds)]

        loop = authoring_loop(binary, work, env, args.rounds)

        open(learner, "w").write(solution + "\n// rss %f\n" % time.time())
        rss = peak_rss_mb([binary, "check", ex], course, env)

        mutation = {}
        if args.mutation or args.mutation_course:
            mutation["tiny_%s_s" % ex] = timed([binary, "validate", "--mutate", ex], cwd=course, env=env)
            main_copy = os.path.join(work, "curriculum")
            shutil.copytree(ROOT, main_copy, ignore=shutil.ignore_patterns(".course", ".build*", ".git", "Benchmarks"))
            mutation["curriculum_exercise-17_s"] = timed([binary, "validate", "--mutate", "exercise-17"], cwd=main_copy, env=env)
            if args.mutation_course:
                r = sh([binary, "validate", "--mutate", "--json"], cwd=main_copy, env=env)
                t = time.perf_counter()
                whole = json.loads(r.stdout[r.stdout.index("{"):])
                mutation["curriculum_score"] = whole.get("score")
                mutation["curriculum_s"] = whole.get("seconds")
                mutation["curriculum_per_exercise"] = {e["exercise"]: e.get("score") for e in whole.get("exercises", [])}

        grade = {}
        if args.grade:
            # 30 students x every tiny-course exercise, each submission unique (no report cache hit): the solution
            # with the student's name in a comment, so the suite-object cache applies as it does for a real class.
            klass = os.path.join(work, "class")
            for n in range(30):
                for f in sorted(os.listdir(os.path.join(course, "Solutions"))):
                    d = os.path.join(klass, "student-%02d" % n, "Exercises")
                    os.makedirs(d, exist_ok=True)
                    open(os.path.join(d, f), "w").write(open(os.path.join(course, "Solutions", f)).read() + "\n// student %d\n" % n)
            pairs = 30 * len(os.listdir(os.path.join(course, "Solutions")))
            out = os.path.join(work, "class-grades")
            grade["wall_s"] = timed([binary, "grade", klass, "--out", out], cwd=course, env=env)
            grade["pairs"] = pairs
            grade["throughput_per_s"] = pairs / grade["wall_s"]
            grade["target_per_s"] = 0.8 * os.cpu_count() / med["check_new"]
            # 100 shards: the journal of that run dealt into 100 folders, then merged.
            journal = os.path.join(out, "journal")
            entries = [os.path.join(root, f) for root, _, files in os.walk(journal) for f in files]
            for i, entry in enumerate(sorted(entries)):
                target = os.path.join(work, "shards", "shard-%03d" % (i % 100), "journal", os.path.relpath(os.path.dirname(entry), journal))
                os.makedirs(target, exist_ok=True)
                shutil.copy(entry, target)
            shard_dirs = sorted(os.path.join(work, "shards", d) for d in os.listdir(os.path.join(work, "shards")))
            grade["merge_100_shards_s"] = timed([binary, "grade", "--merge"] + shard_dirs + ["--out", os.path.join(work, "merged")], cwd=course, env=env)
            grade["merge_equals_single_run"] = open(os.path.join(work, "merged", "gradebook.csv")).read() == open(os.path.join(out, "gradebook.csv")).read()

        validate_course = {}
        if args.validate_course:
            copy = os.path.join(work, "curriculum-validate")
            shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".course", ".build*", ".git", "Benchmarks"))
            for label, extra in (("without_suite_cache_s", {"COURSE_SUITE_CACHE": "off"}), ("with_suite_cache_s", {})):
                shutil.rmtree(os.path.join(copy, ".course"), ignore_errors=True)
                validate_course[label] = timed([binary, "validate"], cwd=copy, env=dict(env, **extra))
            validate_course["speedup"] = 1 - validate_course["with_suite_cache_s"] / validate_course["without_suite_cache_s"]

        report = {
            "rounds": args.rounds,
            "validate_course": validate_course,
            "grade": grade,
            "floor_s": med["floor"],
            "check_new_s": med["check_new"],
            "check_new_over_floor": med["check_new"] / med["floor"],
            "check_first_after_prewarm_s": med["check_first_after_prewarm"],
            "check_first_after_prewarm_over_floor": med["check_first_after_prewarm"] / med["floor"],
            "check_interface_change_s": med["check_interface_change"],
            "check_interface_change_over_floor": med["check_interface_change"] / med["floor"],
            "check_unsandboxed_s": med["check_unsandboxed"],
            "sandbox_and_object_checks_overhead": med["check_new"] / med["check_unsandboxed"] - 1,
            "check_sanitized_s": med["check_sanitized"],
            "check_sanitized_over_floor": med["check_sanitized"] / med["floor"],
            "mutation": mutation,
            "check_cached_ms": med["check_cached"] * 1000,
            "spm_cold_s": spm_cold,
            "spm_incremental_s": med["spm_incremental"],
            "spm_incremental_over_check_new": med["spm_incremental"] / med["check_new"],
            "validate_serial_s": serial,
            "validate_parallel_s": parallel,
            "validate_parallel_over_serial": parallel / serial,
            "next_first_output_ms_100_lessons": statistics.median(nexts) * 1000,
            "list_first_output_ms_100_lessons": statistics.median(lists) * 1000,
            "check_peak_rss_mb": rss,
            "authoring_loop": loop,
            "cores": os.cpu_count(),
        }
        print(json.dumps(report, indent=2))
        print("\nsuite-object cache: a re-check after a body-only edit %.2fx floor (target <= 0.5), the first check after a "
              "prewarm %.2fx floor (target <= 0.55), after an interface change %.2fx floor (target <= 1.05)"
              % (report["check_new_over_floor"], report["check_first_after_prewarm_over_floor"],
                 report["check_interface_change_over_floor"]))
        print("\nsandbox: check %.2fx floor, %+.0f %% against --sandbox off (targets <= 1.05x, <= 10 %%); "
              "sanitized check %.2fx floor (target <= 2)" % (report["check_new_over_floor"],
                                                            100 * report["sandbox_and_object_checks_overhead"],
                                                            report["check_sanitized_over_floor"]))
        print(authoring_summary(loop))
        print("\nsummary: check(new) = %.2fx floor (target <= 1.15); cached re-check %.0f ms (target <= 50); "
              "validate = %.2fx serial (target <= 0.6); next %.0f ms, list %.0f ms on 100 lessons (target <= 50); "
              "peak RSS %.1f MB (target < 50); SwiftPM: %.1f s cold, %.2f s incremental"
              % (report["check_new_over_floor"], report["check_cached_ms"], report["validate_parallel_over_serial"],
                 report["next_first_output_ms_100_lessons"], report["list_first_output_ms_100_lessons"], rss,
                 spm_cold, med["spm_incremental"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
