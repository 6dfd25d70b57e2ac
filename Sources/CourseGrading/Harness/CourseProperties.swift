// Generated test cases, part three: running a property over generated cases and shrinking its failure
// (`forAll`), lockstep runs of a learner's stateful type against the reference's (`forAllSequences`),
// several threads at once and growth over n (`courseConcurrently`, `CourseProperty.growth`). Appended to the
// harness module after CourseComparison.swift; standard library and Glibc only.
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Running properties

/// How a generated run is set up: the seed comes from `course check --seed N` (COURSE_SEED), else a fixed one.
public enum CourseProperty {
    public static var seed: UInt64 {
        if let text = getenv("COURSE_SEED").map({ String(cString: $0) }), let value = UInt64(text) { return value }
        return 1
    }

    /// Whether failures are shrunk: not when the grader only needs to know that a test fails (COURSE_SHRINK=off,
    /// `validate`'s wrong answers).
    public static var shrinks: Bool { getenv("COURSE_SHRINK").map { String(cString: $0) } != "off" }

    /// The first failing case, shrunk, as a sentence; nil when every case passed. `property` returns nil for
    /// a pass, or what was wrong. Cases rejected by `filter` are skipped.
    public static func counterexample<T>(_ generator: Gen<T>, cases: Int = 200, seed: UInt64? = nil, maxShrinks: Int = 400,
                                         describe: (T) -> String = { courseDescribe($0) }, showInput: Bool = true,
                                         _ property: (T) -> String?) -> String? {
        let seed = seed ?? Self.seed
        var random = CourseRandom(seed: seed ^ 0x5EED)
        let began = courseNow()
        var ran = 0
        defer { courseEmit(["event": "generated", "cases": String(ran), "seconds": String(courseNow() - began)]) }
        for index in 0..<max(1, cases) {
            ran += 1
            let early = index < cases / 5
            var choices = Choices(random: CourseRandom(seed: random.next()), edgeBias: early ? 0.5 : 0.08,
                                  size: early ? 4 : min(100, 2 + index / 2))
            let value = generator.run(&choices)
            if choices.rejected { continue }
            guard let problem = property(value) else { continue }
            let (small, smallProblem, steps) = shrink(generator, choices.recorded, problem, maxShrinks: shrinks ? maxShrinks : 0, property)
            var where_ = "generated case \(index + 1) of \(cases), seed \(seed)"
            if showInput {
                let input = describe(small), original = describe(value)
                where_ += "; input \(input)" + (steps > 0 && input != original ? ", the smallest found, shrunk from \(courseClip(original))" : "")
            }
            return smallProblem + "\n(" + where_ + ")"
        }
        return nil
    }

    /// Greedy shrinking of the choice list: delete whole elements of collections (their spans, longest first),
    /// delete runs, zero values, halve them, step them down; keep any change that still fails. Returns the
    /// smallest failing value, its problem and the number of steps kept.
    static func shrink<T>(_ generator: Gen<T>, _ start: [UInt64], _ problem: String, maxShrinks: Int,
                          _ property: (T) -> String?) -> (T, String, Int) {
        var best = start, bestProblem = problem, kept = 0, tries = 0
        var (bestValue, bestChoices) = replay(generator, best)
        func attempt(_ candidate: [UInt64]) -> Bool {
            guard tries < maxShrinks, candidate != best else { return false }
            tries += 1
            let (value, choices) = replay(generator, candidate)
            let used = choices.recorded
            // Only a simpler choice list counts (shorter, or as long and smaller in order), so shrinking ends.
            guard courseShortlexLess(used, best), !choices.rejected, let failure = property(value) else { return false }
            best = used
            bestValue = value
            bestChoices = choices
            bestProblem = failure
            kept += 1
            return true
        }
        var improved = true
        while improved && tries < maxShrinks {
            improved = false
            // An element of any size goes in one step, or becomes one of the simplest (its own choices replaced by
            // one, two or three zeros: an empty string, a zero, an empty pair; its "one more?" kept, so the next
            // element still reads its own); after each success the spans are those of the new best.
            var changed = true
            while changed && tries < maxShrinks {
                changed = false
                for span in bestChoices.spans.sorted(by: { $0.count > $1.count }) where span.upperBound <= best.count {
                    let before = Array(best[...span.lowerBound]), after = Array(best[span.upperBound...])
                    var simpler = [before.dropLast() + after]
                    for zeros in 1..<min(4, span.count) { simpler.append(before + Array(repeating: 0, count: zeros) + after) }
                    if simpler.contains(where: attempt) {
                        changed = true
                        improved = true
                        break
                    }
                }
            }
            for length in [8, 4, 3, 2, 1] {
                var at = 0
                while at + length <= best.count {
                    if attempt(Array(best[..<at] + best[(at + length)...])) { improved = true } else { at += 1 }
                }
            }
            // A value chosen more than once (the same name added twice) often fails only while the copies agree:
            // they are lowered together.
            var counts: [UInt64: Int] = [:]
            for value in best where value != 0 { counts[value, default: 0] += 1 }
            for value in counts.filter({ $0.value > 1 }).keys.sorted(by: >) {
                for lower in [0, value / 2, value - 1] where lower < value {
                    if attempt(best.map { $0 == value ? lower : $0 }) {
                        improved = true
                        break
                    }
                }
            }
            var at = 0
            while at < best.count {
                if best[at] != 0, attempt(best.replacing(at, with: 0)) || attempt(best.replacing(at, with: best[at] / 2))
                    || attempt(best.replacing(at, with: best[at] - 1)) {
                    improved = true
                }
                at += 1
            }
        }
        return (bestValue, bestProblem, kept)
    }

    static func replay<T>(_ generator: Gen<T>, _ list: [UInt64]) -> (T, Choices) {
        var choices = Choices(random: CourseRandom(seed: 0), replay: list, edgeBias: 0.5, size: 100)
        let value = generator.run(&choices)
        return (value, choices)
    }

    /// Runs random sequences of operations on a learner's system and the reference's in lockstep, and
    /// returns the shortest failing sequence as Swift code, or nil. `start` makes both systems fresh;
    /// `step` applies one operation to both and returns what differs (nil when they agree); `code` is the
    /// operation as a line of Swift that a learner can paste after `setUp`.
    public static func lockstep<Op, Learner, Ref>(_ operations: Gen<Op>, cases: Int = 100, maxSteps: Int = 30, seed: UInt64? = nil,
                                                  setUp: String, start: () -> (Learner, Ref),
                                                  code: (Op) -> String,
                                                  step: (Op, inout Learner, inout Ref) -> String?) -> String? {
        let sequences = Gen<[Op]> { choices in
            let cap = min(maxSteps, max(2, choices.size))
            return choices.elements(upTo: cap, more: 1 - 1 / (Double(cap) / 2 + 1), operations.run)
        }
        func run(_ ops: [Op]) -> String? {
            var (learner, reference) = start()
            for (index, op) in ops.enumerated() {
                if var difference = step(op, &learner, &reference) {
                    let lines = [setUp] + ops[...index].map(code)
                    if difference.hasPrefix("for \(code(op)), ") { difference.removeFirst("for \(code(op)), ".count) }
                    return "after step \(index + 1) (\(code(op))): \(difference)\nThe failing sequence, as Swift you can run:\n"
                        + lines.map { "    " + $0 }.joined(separator: "\n")
                }
            }
            return nil
        }
        return counterexample(sequences, cases: cases, seed: seed, describe: { _ in "" }, showInput: false, run)
    }
}

/// Whether `a` is simpler than `b`: shorter, or as long and lexicographically smaller.
private func courseShortlexLess(_ a: [UInt64], _ b: [UInt64]) -> Bool {
    a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
}

/// Long text cut to its first 160 characters.
private func courseClip(_ text: String) -> String {
    text.count <= 160 ? text : String(text.prefix(160)) + "…"
}

private extension Array {
    func replacing(_ index: Int, with element: Element) -> [Element] {
        var copy = self
        copy[index] = element
        return copy
    }
}

/// `courseDifference` for a call: nil when the learner's result matches the reference's, else a sentence
/// that names the call (`"summarize([1.0])"`) and the first field that differs.
public func courseSame(_ actual: Any, _ expected: Any, _ call: String, tolerance: Double = 1e-9) -> String? {
    guard let difference = courseDifference(actual, expected, tolerance: tolerance) else { return nil }
    return "for \(courseClip(call)), \(difference)"
}

#if !COURSE_NO_XCTEST
import XCTest

/// XCTest: fails the test with the shrunk counterexample when `property` finds a problem.
public func forAll<T>(_ generator: Gen<T>, cases: Int = 200, seed: UInt64? = nil,
                      describe: (T) -> String = { courseDescribe($0) },
                      file: StaticString = #filePath, line: UInt = #line, _ property: (T) -> String?) {
    if let failure = CourseProperty.counterexample(generator, cases: cases, seed: seed, describe: describe, property) {
        XCTFail(failure, file: file, line: line)
    }
}

/// XCTest: fails the test with the shortest failing sequence of operations, as Swift code.
public func forAllSequences<Op, Learner, Ref>(_ operations: Gen<Op>, cases: Int = 100, maxSteps: Int = 30,
                                              setUp: String, start: () -> (Learner, Ref), code: (Op) -> String,
                                              file: StaticString = #filePath, line: UInt = #line,
                                              step: (Op, inout Learner, inout Ref) -> String?) {
    if let failure = CourseProperty.lockstep(operations, cases: cases, maxSteps: maxSteps, setUp: setUp, start: start,
                                             code: code, step: step) {
        XCTFail(failure, file: file, line: line)
    }
}
#endif

// MARK: - Concurrency and growth

/// Runs `body(worker)` on `workers` threads at once and waits for all of them: several callers and several
/// instances at the same time (use it under ThreadSanitizer where an exercise asks for it).
public func courseConcurrently(_ workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
    final class Box: @unchecked Sendable {  // one closure, read-only after creation, shared by the threads
        let body: @Sendable (Int) -> Void
        let index: Int
        init(_ body: @escaping @Sendable (Int) -> Void, _ index: Int) { self.body = body; self.index = index }
    }
    var threads: [pthread_t] = []
    for worker in 0..<max(1, workers) {
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body, worker)).toOpaque()
        let started = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body(box.index)
            return nil
        }, box)
        if started == 0 { threads.append(thread) } else { Unmanaged<Box>.fromOpaque(box).takeRetainedValue().body(worker) }
    }
    for thread in threads { pthread_join(thread, nil) }
}

/// Seconds on the monotonic clock.
public func courseNow() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

extension CourseProperty {
    /// Whether `work(n)` grows no faster than promised: the median time of `repeats` runs at `size` and at
    /// 4 × `size`, whose ratio must stay at or below `maxRatio` (about 4 for linear work, 16 for quadratic;
    /// give room: 8 is a fair bound for "linear, not quadratic"). A noisy machine gets `attempts` tries;
    /// one good try is enough. Nil when it holds, else what was measured.
    public static func growth(size: Int, maxRatio: Double, repeats: Int = 5, attempts: Int = 3, _ work: (Int) -> Void) -> String? {
        func median(_ n: Int) -> Double {
            var times: [Double] = []
            for _ in 0..<max(1, repeats) {
                let start = courseNow()
                work(n)
                times.append(courseNow() - start)
            }
            return times.sorted()[times.count / 2]
        }
        var worst = 0.0
        for _ in 0..<max(1, attempts) {
            let small = max(median(size), 1e-7), large = median(size * 4)
            let ratio = large / small
            if ratio <= maxRatio { return nil }
            worst = ratio
        }
        return "the time grew \(Int(worst.rounded()))× when the input grew 4× (from \(size) to \(size * 4) items); "
            + "at most \(Int(maxRatio))× was expected for the promised complexity"
    }
}
