@testable import CourseClassroom
import CourseModel
import XCTest

/// The pure parts of grading a class: shards, scores, CSV cells and XML text.
final class ClassroomFormatTests: XCTestCase {
    func testShardsFromTheCommandLineAndFromJobEngines() throws {
        XCTAssertEqual(try Shard.parse("2/4"), Shard(index: 1, count: 4))
        for bad in ["0/4", "5/4", "2", "a/b", "2/0", "-1/3", "1/3/4"] {
            XCTAssertThrowsError(try Shard.parse(bad), bad)
        }
        XCTAssertEqual(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "2"], count: 3), Shard(index: 2, count: 3))
        XCTAssertThrowsError(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "2"], count: nil), "Kubernetes gives no count")
        XCTAssertThrowsError(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "3"], count: 3))
        XCTAssertEqual(try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_MIN": "4", "SLURM_ARRAY_TASK_COUNT": "2"], count: nil),
                       Shard(index: 1, count: 2))
        XCTAssertThrowsError(try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_COUNT": "2"], count: nil))
        XCTAssertNil(try Shard.fromEnvironment([:], count: 3))
    }

    func testEveryStudentIsInExactlyOneShard() {
        let students = (0..<17).map { Roster.Student(name: "s\($0)", folder: URL(fileURLWithPath: "/x"), problem: nil) }
        let parts = (0..<4).map { Shard(index: $0, count: 4).take(students).map(\.name) }
        XCTAssertEqual(parts.flatMap { $0 }.sorted(), students.map(\.name).sorted())
        XCTAssertEqual(Set(parts.flatMap { $0 }).count, 17)
        XCTAssertLessThanOrEqual(parts.map(\.count).max()! - parts.map(\.count).min()!, 1, "dealt round-robin")
    }

    func testScoresReadTheSameEverywhere() {
        let table: [(Double, String)] = [(1, "1"), (0.5, "0.5"), (2 / 3, "0.67"), (0.05, "0.05"), (10, "10"), (0, "0"), (1.999, "2")]
        for (value, text) in table { XCTAssertEqual(Score.text(Score.rounded(value)), text, "\(value)") }
    }

    func testCSVCellsAreQuotedAndNeverFormulas() {
        XCTAssertEqual(Gradebook.cell("alice"), "alice")
        XCTAssertEqual(Gradebook.cell("Smith, Jo"), "\"Smith, Jo\"")
        XCTAssertEqual(Gradebook.cell("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(Gradebook.cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"")
        XCTAssertEqual(Gradebook.cell("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(Gradebook.cell("-0.5"), "-0.5", "a number stays a number")
    }

    func testXMLTextIsEscapedAndControlCharactersDropped() {
        XCTAssertEqual(JUnitReport.escape("a<b & \"c\" 'd'>"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
        XCTAssertEqual(JUnitReport.escape("bell\u{07}tab\tline\n"), "belltab\tline\n")
    }
}
