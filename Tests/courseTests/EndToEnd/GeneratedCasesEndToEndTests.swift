import CourseTestSupport
import Foundation
import XCTest

/// Hidden suites that compare the learner's code with the reference solution on generated inputs
/// (Tests/Fixtures/generated-course): an answer wrong only on an input nobody wrote down fails, with a
/// shrunk counterexample, the seed and the command that reproduces it; the same seed gives the same verdict.
final class GeneratedCasesEndToEndTests: EndToEndTestCase {
    static let fixture = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/generated-course")

    func fixtureCopy() throws -> URL { try TestSupport.copyCourse(Self.fixture, self) }

    func testTheReferencePassesAndABlindSpotFailsWithAShrunkCounterexample() throws {
        let root = try fixtureCopy()
        let pass = try course("check", "exercise-1", "--file", "Solutions/exercise-1.swift", in: root)
        XCTAssertEqual(pass.status, 0, pass.stdout + pass.stderr)
        XCTAssertTrue(pass.stdout.contains("3 of 3 tests passed"), pass.stdout)

        let wrong = try course("check", "exercise-1", "--file", "Tests/Hidden/exercise-1/wrong/one-pass.swift", in: root)
        XCTAssertEqual(wrong.status, 1, wrong.stdout)
        // The examples pass; only the generated test fails, on two large values one apart (the smallest case).
        XCTAssertTrue(wrong.stdout.contains("2 of 3 tests passed"), wrong.stdout)
        XCTAssertTrue(wrong.stdout.contains("variance is 0.0, expected 0.5"), wrong.stdout)
        XCTAssertTrue(wrong.stdout.contains("(generated case "), wrong.stdout)
        XCTAssertTrue(wrong.stdout.contains("seed 1; input ["), wrong.stdout)
        XCTAssertTrue(wrong.stdout.contains("check exercise-1 --seed 1"), wrong.stdout)

        // Deterministic: the same file gives the same words, from the cache or not.
        let again = try course("check", "exercise-1", "--file", "Tests/Hidden/exercise-1/wrong/one-pass.swift", in: root)
        XCTAssertEqual(again.stdout, wrong.stdout)
    }

    /// A failure among arrays of long strings shrinks to the fewest, shortest elements: whole elements go in
    /// one step however many choices each took (a 15-choice string could not be deleted by runs of 8).
    func testShrinkingDeletesWholeElements() throws {
        let root = try fixtureCopy()
        try """
            import CourseHarness
            import XCTest

            final class ShrinkTests: XCTestCase {
                func testTwoLongNames() {
                    let names = Gen<String>.string(of: .asciiCharacter, maxCount: 20).array(maxCount: 30)
                    if let found = CourseProperty.counterexample(names, { $0.count >= 12 && $0.contains { $0.count >= 6 } ? "twelve names, one long" : nil }) {
                        XCTFail(found)
                    }
                }
            }
            """.write(to: root.appendingPathComponent("Tests/Hidden/exercise-1/tests/ShrinkTests.swift"), atomically: true, encoding: .utf8)
        let run = try course("check", "exercise-1", "--file", "Solutions/exercise-1.swift", in: root)
        XCTAssertEqual(run.status, 1, run.stdout)
        XCTAssertTrue(run.stdout.contains("twelve names, one long"), run.stdout)
        // The smallest: eleven empty names and one of six spaces (where it stands is the shrinker's choice).
        let input = try XCTUnwrap(run.stdout.components(separatedBy: "input [").dropFirst().first?.components(separatedBy: "]").first)
        let names = input.components(separatedBy: ", ")
        XCTAssertEqual(names.count, 12, input)
        XCTAssertEqual(names.filter { $0 == "\"\"" }.count, 11, input)
        XCTAssertEqual(names.filter { $0 == "\"      \"" }.count, 1, input)
    }

    func testALearnerEqualsThatSaysYesToEverythingDoesNotDecide() throws {
        let root = try fixtureCopy()
        let run = try course("check", "exercise-1", "--file", "Tests/Hidden/exercise-1/wrong/equal-to-everything.swift", in: root)
        XCTAssertEqual(run.status, 1, run.stdout)
        XCTAssertTrue(run.stdout.contains("2 of 3 tests passed"), "the examples use ==; the generated test does not: \(run.stdout)")
        XCTAssertTrue(run.stdout.contains("variance is 42.0, expected 0.0"), run.stdout)
    }

    func testAStatefulTypeFailsWithTheShortestSequenceAsSwift() throws {
        let root = try fixtureCopy()
        let run = try course("check", "exercise-2", "--file", "Tests/Hidden/exercise-2/wrong/total-counts-distinct-names.swift", in: root)
        XCTAssertEqual(run.status, 1, run.stdout)
        XCTAssertTrue(run.stdout.contains("after step 3 (tally.total): the result is 1, expected 2"), run.stdout)
        XCTAssertTrue(run.stdout.contains("let tally = Tally()\n          tally.add(\"ana\")\n          tally.add(\"ana\")\n          tally.total"),
                      run.stdout)
    }

    func testSwiftTestingSuitesUseTheSameGenerators() throws {
        let root = try fixtureCopy()
        let pass = try course("check", "exercise-3", "--file", "Solutions/exercise-3.swift", in: root)
        XCTAssertEqual(pass.status, 0, pass.stdout + pass.stderr)
        let wrong = try course("check", "exercise-3", "--file", "Tests/Hidden/exercise-3/wrong/ignores-falls.swift", in: root)
        XCTAssertEqual(wrong.status, 1, wrong.stdout)
        XCTAssertTrue(wrong.stdout.contains("for largestGap([0, -1]), the result is 0, expected 1"), wrong.stdout)
    }

    func testASeedIsReproducibleAndPartOfTheVerdictsKey() throws {
        let root = try fixtureCopy()
        let file = "Tests/Hidden/exercise-2/wrong/total-counts-distinct-names.swift"
        try FileManager.default.removeItem(at: root.appendingPathComponent("Exercises/exercise-2.swift"))
        try FileManager.default.copyItem(at: root.appendingPathComponent(file), to: root.appendingPathComponent("Exercises/exercise-2.swift"))
        let seven = try course("check", "exercise-2", "--seed", "7", in: root)
        XCTAssertEqual(seven.status, 1, seven.stdout)
        XCTAssertTrue(seven.stdout.contains("seed 7)"), seven.stdout)
        XCTAssertTrue(seven.stdout.contains("check exercise-2 --seed 7"), seven.stdout)
        let sevenAgain = try course("check", "exercise-2", "--seed", "7", in: root)
        XCTAssertEqual(sevenAgain.stdout.replacingOccurrences(of: " (unchanged since the last check)", with: ""), seven.stdout)
        let one = try course("check", "exercise-2", in: root)
        XCTAssertTrue(one.stdout.contains("seed 1)"), "another seed is another verdict, not the cached one: \(one.stdout)")

        for bad in ["-1", "x", "18446744073709551616"] {
            let run = try course("check", "exercise-2", "--seed", bad, in: root)
            XCTAssertEqual(run.status, 64, run.stderr)
            XCTAssertTrue(run.stderr.contains("--seed takes a whole number"), run.stderr)
        }
    }

    func testLearnerCodeCannotCallTheReference() throws {
        let root = try fixtureCopy()
        let cheat = root.appendingPathComponent("cheat.swift")
        // The reference's `spread(of:)` by its mangled name: linked into the test program, but refused.
        try """
        struct Spread: Equatable {
            var count: Int
            var variance: Double
        }
        @_silgen_name("$s9Reference6spread2ofAA6SpreadVSaySdG_tF")
        func referenceSpread(of values: [Double]) -> Spread
        func spread(of values: [Double]) -> Spread { referenceSpread(of: values) }
        """.write(to: cheat, atomically: true, encoding: .utf8)
        let run = try course("check", "exercise-1", "--file", "cheat.swift", in: root)
        XCTAssertEqual(run.status, 1, run.stdout)
        XCTAssertTrue(run.stdout.contains("cannot be graded"), run.stdout)
    }

    func testValidateAcceptsGeneratedSuitesAndRejectsReferenceInPublicTests() throws {
        let root = try fixtureCopy()
        let sound = try course("validate", in: root)
        XCTAssertEqual(sound.status, 0, sound.stdout + sound.stderr)
        XCTAssertTrue(sound.stdout.contains("4 wrong solutions rejected"), sound.stdout)
        // Per reference solution, how many generated cases ran and how long they took.
        XCTAssertTrue(sound.stderr.contains("exercise-1 solution passes (200 generated cases in "), sound.stderr)
        XCTAssertTrue(sound.stderr.contains("exercise-2 solution passes (100 generated cases in "), sound.stderr)
        XCTAssertTrue(sound.stderr.contains("exercise-1 starter fails\n"), "no count for files that are not the reference: \(sound.stderr)")

        let publicFolder = root.appendingPathComponent("Tests/Hidden/exercise-1/public")
        try FileManager.default.createDirectory(at: publicFolder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: root.appendingPathComponent("Tests/Hidden/exercise-1/tests/GeneratedSpreadTests.swift"),
                                         to: publicFolder.appendingPathComponent("GeneratedSpreadTests.swift"))
        let leak = try course("validate", "--quick", in: root)
        XCTAssertNotEqual(leak.status, 0, leak.stdout)
        XCTAssertTrue(leak.stdout.contains("public tests are shipped to learners"), leak.stdout)
    }
}
