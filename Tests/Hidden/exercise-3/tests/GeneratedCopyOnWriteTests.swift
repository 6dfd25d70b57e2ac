import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's Scores against the reference solution, values and the number of
/// ScoreStorage objects created at every step, on inputs nobody wrote down (copies taken after a value has
/// already mutated in place, empty values, long sequences of copies and drops over several values).
final class GeneratedCopyOnWriteTests: XCTestCase {
    static let value = Gen<Int>.frequency([(4, Gen.int(in: -100...100)), (1, Gen.int)])
    static let values = Gen<[Int]>.frequency([(4, value.array(maxCount: 8)), (1, value.array(in: 50...200))])

    /// The storage objects each side creates while `body` runs.
    static func created(_ body: () -> Void) -> (mine: Int, theirs: Int) {
        let mine = Submission.ScoreStorage.created, theirs = Reference.ScoreStorage.created
        body()
        return (Submission.ScoreStorage.created - mine, Reference.ScoreStorage.created - theirs)
    }

    static func sameStorageCount(_ counts: (mine: Int, theirs: Int), _ call: @autoclosure () -> String) -> String? {
        counts.mine == counts.theirs ? nil
            : "\(call()) created \(counts.mine) ScoreStorage object(s), expected \(counts.theirs)"
    }

    /// init stores the values (empty, one, long, extreme Ints) with exactly one new storage; values, count
    /// and every subscript read agree with the reference, and a copy of the new value appends on its own.
    func testInitValuesCountReadsAndAFirstCopyAgreeWithTheReference() {
        forAll(Self.values) { values in
            var mine: Submission.Scores?
            var theirs: Reference.Scores?
            let counts = Self.created {
                mine = Submission.Scores(values)
                theirs = Reference.Scores(values)
            }
            let call = "Scores(\(values))"
            if let problem = Self.sameStorageCount(counts, call) { return problem }
            guard let mine, let theirs else { return nil }
            if mine.values != theirs.values, let difference = courseSame(mine.values as Any, theirs.values as Any, "\(call).values") { return difference }
            if let difference = courseSame(mine.count as Any, theirs.count as Any, "\(call).count") { return difference }
            for i in values.indices where mine[i] != theirs[i] {
                return "for \(call)[\(i)], the value is \(mine[i]), expected \(theirs[i])"
            }
            let empty = Self.created { _ = Submission.Scores(); _ = Reference.Scores() }
            if let problem = Self.sameStorageCount(empty, "Scores()") { return problem }
            var mineCopy = mine, theirCopy = theirs
            let appended = Self.created {
                mineCopy.append(0)
                theirCopy.append(0)
            }
            if let problem = Self.sameStorageCount(appended, "var a = \(call); var b = a; b.append(0)") { return problem }
            return mine.values == theirs.values ? nil : courseSame(mine.values as Any, theirs.values as Any, "var a = \(call); var b = a; b.append(0); a.values")
        }
    }

    /// append(_:) on a value built empty or not, with a copy taken at a generated step (also after the value
    /// has already mutated in place): both values and the storage count of every append agree with the reference.
    func testAppendCopiesOnlySharedStorageLikeTheReference() {
        forAll(zip(Self.values, Self.value.array(in: 1...8), Gen.int(in: 0...8))) { start, appended, copyAt in
            var mine = start.isEmpty ? Submission.Scores() : Submission.Scores(start)
            var theirs = start.isEmpty ? Reference.Scores() : Reference.Scores(start)
            var mineCopy: Submission.Scores?, theirCopy: Reference.Scores?
            var calls = start.isEmpty ? "var a = Scores()" : "var a = Scores(\(start))"
            for (step, value) in appended.enumerated() {
                if step == copyAt {
                    mineCopy = mine
                    theirCopy = theirs
                    calls += "; let b = a"
                }
                calls += "; a.append(\(value))"
                let counts = Self.created {
                    mine.append(value)
                    theirs.append(value)
                }
                if let problem = Self.sameStorageCount(counts, "the last call of " + calls) { return problem }
                if mine.values != theirs.values, let difference = courseSame(mine.values as Any, theirs.values as Any, calls + "; a.values") { return difference }
                if mineCopy?.values != theirCopy?.values, let difference = courseSame(mineCopy?.values as Any, theirCopy?.values as Any, calls + "; b.values") { return difference }
            }
            return nil
        }
    }

    /// The subscript setter (also to the value already there) on shared and unique values: both values and
    /// the storage count of every set agree with the reference.
    func testSubscriptSetCopiesOnlySharedStorageLikeTheReference() {
        let sets = zip(Gen.int(in: 0...60), Self.value).array(in: 1...8)
        forAll(zip(Self.values.filter { !$0.isEmpty }, sets, Gen.int(in: 0...8))) { start, sets, copyAt in
            var mine = Submission.Scores(start)
            var theirs = Reference.Scores(start)
            var mineCopy: Submission.Scores?, theirCopy: Reference.Scores?
            var calls = "var a = Scores(\(start))"
            for (step, (rawIndex, rawValue)) in sets.enumerated() {
                if step == copyAt {
                    mineCopy = mine
                    theirCopy = theirs
                    calls += "; let b = a"
                }
                let index = rawIndex % start.count
                let value = step % 3 == 2 ? theirs[index] : rawValue  // now and then, the value already there
                calls += "; a[\(index)] = \(value)"
                let counts = Self.created {
                    mine[index] = value
                    theirs[index] = value
                }
                if let problem = Self.sameStorageCount(counts, "the last call of " + calls) { return problem }
                if mine.values != theirs.values, let difference = courseSame(mine.values as Any, theirs.values as Any, calls + "; a.values") { return difference }
                if mineCopy?.values != theirCopy?.values, let difference = courseSame(mineCopy?.values as Any, theirCopy?.values as Any, calls + "; b.values") { return difference }
            }
            return nil
        }
    }

    enum Op {
        case copy(from: Int, to: Int)
        case append(Int, Int)
        case set(Int, index: Int, Int)
        case reset(Int, [Int])
        case makeEmpty(Int)
    }

    /// Copies, appends, sets and drops (a variable given a new value) on three Scores variables, in lockstep
    /// with the reference: after every step each variable holds the reference's values, and the step created
    /// as many ScoreStorage objects as the reference's.
    func testScoresBehaveLikeTheReferenceInAnySequenceOfCopiesAndMutations() {
        let slot = Gen.int(in: 0...2)
        let op = Gen<Op>.frequency([
            (4, zip(slot, slot).map { Op.copy(from: $0.0, to: $0.1) }),
            (4, zip(slot, Self.value).map { Op.append($0.0, $0.1) }),
            (3, zip(slot, Gen.int(in: 0...5), Self.value).map { Op.set($0.0, index: $0.1, $0.2) }),
            (1, zip(slot, Self.value.array(maxCount: 4)).map { Op.reset($0.0, $0.1) }),
            (1, slot.map { Op.makeEmpty($0) }),
        ])
        let names = ["a", "b", "c"]
        forAllSequences(op, cases: 150, setUp: """
            var a = Scores([1, 2])
                var b = a
                var c = Scores()
            """,
            start: {
                let a = Submission.Scores([1, 2]), ra = Reference.Scores([1, 2])
                return ([a, a, Submission.Scores()], [ra, ra, Reference.Scores()])
            },
            code: { op in
                switch op {
                case let .copy(from, to): return "\(names[to]) = \(names[from])"
                case let .append(s, value): return "\(names[s]).append(\(value))"
                case let .set(s, i, value): return "if \(names[s]).count > \(i) { \(names[s])[\(i)] = \(value) }"
                case let .reset(s, values): return "\(names[s]) = Scores(\(values))"
                case let .makeEmpty(s): return "\(names[s]) = Scores()"
                }
            },
            step: { op, mine, theirs in
                let counts = Self.created {
                    switch op {
                    case let .copy(from, to):
                        mine[to] = mine[from]
                        theirs[to] = theirs[from]
                    case let .append(s, value):
                        mine[s].append(value)
                        theirs[s].append(value)
                    case let .set(s, i, value):
                        if mine[s].count > i, theirs[s].count > i {
                            mine[s][i] = value
                            theirs[s][i] = value
                        }
                    case let .reset(s, values):
                        mine[s] = Submission.Scores(values)
                        theirs[s] = Reference.Scores(values)
                    case let .makeEmpty(s):
                        mine[s] = Submission.Scores()
                        theirs[s] = Reference.Scores()
                    }
                }
                for (at, name) in names.enumerated() {
                    if mine[at].values != theirs[at].values, let difference = courseSame(mine[at].values as Any, theirs[at].values as Any, "\(name).values") { return difference }
                }
                return Self.sameStorageCount(counts, "this step")
            })
    }
}
