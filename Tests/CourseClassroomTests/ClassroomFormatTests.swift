@testable import CourseClassroom
import CourseModel
import CourseTestSupport
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

    func testXMLAttributesKeepNewlinesAndTabsAsReferences() {
        XCTAssertEqual(JUnitReport.attribute("a\nb\tc\r<"), "a&#10;b&#9;c&#13;&lt;")
        XCTAssertEqual(JUnitReport.escape("a\nb\tc"), "a\nb\tc", "element content keeps them")
    }

    func testPointsAreSplitIntoHundredthsThatAddUpExactly() {
        XCTAssertEqual(Score.apportion(1, among: [1.0 / 3, 1.0 / 3, 1.0 / 3]), [34, 33, 33])
        XCTAssertEqual(Score.apportion(3, among: [0.25, 0.25, 0.25, 0.25]), [75, 75, 75, 75])
        XCTAssertEqual(Score.apportion(1, among: [2.0 / 3, 1.0 / 3]), [67, 33])
        XCTAssertEqual(Score.apportion(1, among: [0, 0]), [0, 0])
        var generator = SeededGenerator(seed: 25)
        for _ in 0..<200 {
            let weights = (0..<Int.random(in: 1...9, using: &generator)).map { _ in Double.random(in: 0.1...5, using: &generator) }
            let points = Double(Int.random(in: 1...1000, using: &generator)) / 100
            let parts = Score.apportion(points, among: weights.map { $0 / weights.reduce(0, +) })
            XCTAssertEqual(parts.reduce(0, +), Int((points * 100).rounded()), "\(weights) of \(points)")
            XCTAssertTrue(parts.allSatisfy { $0 >= 0 })
        }
    }

    func testNamesAreShownWithoutControlCharacters() {
        XCTAssertEqual(DisplayName.clean("mal\u{1B}]0;x\u{07}"), "mal\\u{1B}]0;x\\u{7}")
        XCTAssertEqual(DisplayName.clean("a\u{202E}b"), "a\\u{202E}b", "a bidirectional override is shown, not obeyed")
        XCTAssertEqual(DisplayName.clean("Zoë, \"Jo\""), "Zoë, \"Jo\"")
        XCTAssertEqual(DisplayName.text("line\n\ttab\u{1B}"), "line\n\ttab\\u{1B}")
        XCTAssertEqual(DisplayName.fileName(".hidden", suffix: ".md"), "\\u{2E}hidden.md")
        XCTAssertLessThanOrEqual(DisplayName.fileName(String(repeating: "\u{1B}", count: 250), suffix: ".md").utf8.count, 255)
        XCTAssertEqual(Gradebook.cell("x\u{1B}"), "x\\u{1B}")
    }
}

/// Comma-separated values as spreadsheets write them.
final class CSVTableTests: XCTestCase {
    func testQuotedFieldsLineEndingsAndMistakes() throws {
        XCTAssertEqual(try CSVTable.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",\n"),
                       [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", ""]])
        XCTAssertEqual(try CSVTable.parse("\u{FEFF}a\nb"), [["a"], ["b"]])
        XCTAssertEqual(try CSVTable.parse(""), [])
        XCTAssertThrowsError(try CSVTable.parse("a,\"open\n")) { XCTAssertEqual(($0 as? CSVTable.Problem)?.line, 2) }
        XCTAssertThrowsError(try CSVTable.parse("a,b\"c\n"))
        XCTAssertThrowsError(try CSVTable.parse("\"a\"b\n"))
    }
}

/// Lateness as a pure function of the times.
final class LatePolicyTests: XCTestCase {
    func testStartedDaysCapCutoffAndExtension() throws {
        let due = try XCTUnwrap(SubmissionTime.parse("2026-12-01T12:00:00Z"))
        let policy = LatePolicy(due: due, penaltyPerDay: 10, cap: 25, cutoff: due.addingTimeInterval(7 * 86_400))
        let at = { (hours: Double) in due.addingTimeInterval(hours * 3600) }
        XCTAssertEqual(policy.lateness(submitted: at(0)).penalty, 0, "on the second is on time")
        XCTAssertEqual(policy.lateness(submitted: at(0.01)).daysLate, 1)
        XCTAssertEqual(policy.lateness(submitted: at(25)).penalty, 20)
        XCTAssertEqual(policy.lateness(submitted: at(24 * 6)).penalty, 25, "capped")
        XCTAssertEqual(policy.lateness(submitted: at(24 * 7 + 1)).penalty, 100, "after the cutoff")
        XCTAssertEqual(policy.lateness(submitted: at(47), extensionDays: 2).penalty, 0)
        XCTAssertEqual(policy.lateness(submitted: nil).penalty, 0, "an unknown time is not late")
        XCTAssertEqual(LatePolicy.final(0.75, policy.lateness(submitted: at(25))), 0.6)
        XCTAssertEqual(SubmissionTime.committerTime("tree abc\nauthor A <a@x> 1 +0000\ncommitter C <c@x> 1764590400 +0100\n\nmsg\ncommitter fake 5 +0000"),
                       Date(timeIntervalSince1970: 1_764_590_400))
    }
}

/// The ZIP writer's checksum, against the CRC-32 check value.
final class ZipArchiveTests: XCTestCase {
    func testTheChecksumAndTheEndRecord() throws {
        XCTAssertEqual(ZipArchive.crc32(Data("123456789".utf8)), 0xCBF4_3926)
        let data = try XCTUnwrap(ZipArchive.data([.init(path: "a", data: Data("x".utf8), mode: 0o755)]))
        XCTAssertEqual(Array(data.suffix(22).prefix(4)), [0x50, 0x4B, 0x05, 0x06], "ends with the end-of-central-directory record")
        XCTAssertEqual(data, ZipArchive.data([.init(path: "a", data: Data("x".utf8), mode: 0o755)]), "the same files, the same bytes")
    }
}
