@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The harness's nonce-tagged JSON lines on file descriptor 3, the only source of verdicts.
final class ResultChannelTests: XCTestCase {
    typealias Record = ResultChannel.Record
    let nonce = "0123456789abcdef0123456789abcdef"

    func line(_ fields: [String: String], nonce: String? = nil) -> String {
        var object = fields
        object["nonce"] = nonce ?? self.nonce
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func parse(_ text: String) -> ResultChannel {
        ResultChannel.parse(Array(text.utf8), nonce: nonce)
    }

    var fullRun: String {
        line(["event": "begin"])
            + line(["event": "start", "test": "S.testA"])
            + line(["event": "fail", "test": "S.testA", "message": "XCTAssertEqual failed: (\"1\") is not equal to (\"2\")", "line": "7"])
            + line(["event": "finish", "test": "S.testA", "passed": "0", "skipped": "0"])
            + line(["event": "start", "test": "S.testB"])
            + line(["event": "finish", "test": "S.testB", "passed": "1", "skipped": "0"])
            + line(["event": "start", "test": "S.testC"])
            + line(["event": "finish", "test": "S.testC", "passed": "1", "skipped": "1"])
            + line(["event": "done", "status": "1"])
    }

    func testAFullRun() {
        var expected = ResultChannel()
        expected.began = true
        expected.done = true
        expected.records = [
            Record(name: "S.testA", started: true, finished: true, passed: false, skipped: false,
                   failures: ["XCTAssertEqual failed: (\"1\") is not equal to (\"2\")"]),
            Record(name: "S.testB", started: true, finished: true, passed: true, skipped: false, failures: []),
            Record(name: "S.testC", started: true, finished: true, passed: true, skipped: true, failures: []),
        ]
        let channel = parse(fullRun)
        XCTAssertEqual(channel, expected)
        XCTAssertNil(channel.unfinished)
    }

    func testLinesWithoutTheNonceAreRejected() {
        let forged = line(["event": "start", "test": "S.testA"], nonce: "")
            + #"{"event":"finish","test":"S.testA","passed":"1"}"# + "\n"
            + line(["event": "finish", "test": "S.testA", "passed": "1"], nonce: "ffffffffffffffffffffffffffffffff")
            + line(["event": "done"], nonce: nonce.uppercased())
            + line(["event": "begin"], nonce: nonce + " ")
        let channel = parse(forged)
        XCTAssertEqual(channel.records, [])
        XCTAssertFalse(channel.began)
        XCTAssertFalse(channel.done)
        XCTAssertEqual(channel.rejectedLines, 5)
    }

    func testForgedLinesAmongRealOnesChangeNothing() {
        let forged = #"{"event":"finish","test":"S.testA","passed":"1","skipped":"0"}"# + "\n"
            + #"{"event":"done","status":"0"}"# + "\n"
        var text = ""
        // The learner's forgery interleaved after every real line.
        for real in fullRun.split(separator: "\n") { text += real + "\n" + forged }
        let channel = parse(text)
        XCTAssertEqual(channel.records, parse(fullRun).records)
        XCTAssertEqual(channel.rejectedLines, 18)
    }

    func testGarbageNonStringValuesAndUnknownEventsAreRejected() {
        var bytes: [UInt8] = [0xFF, 0xFE, 0x00, 10, 0x7B, 0x22, 10]
        bytes += Array(#"{"event":"finish","test":"S.testA","passed":1,"nonce":"0123456789abcdef0123456789abcdef"}"#.utf8) + [10]
        bytes += Array(line(["event": "explode", "test": "S.testA"]).utf8)
        bytes += Array(#"[1, 2, 3]"#.utf8) + [10]
        bytes += Array(line(["test": "S.testA"]).utf8)
        let channel = ResultChannel.parse(bytes, nonce: nonce)
        XCTAssertEqual(channel, ResultChannel(records: [], began: false, done: false, rejectedLines: 6))
    }

    func testTruncatedInputKeepsWhatCompletedAndNamesTheUnfinishedTest() {
        let text = line(["event": "begin"])
            + line(["event": "start", "test": "S.testA"])
            + line(["event": "finish", "test": "S.testA", "passed": "1", "skipped": "0"])
            + line(["event": "start", "test": "S.testB"])
            + String(line(["event": "finish", "test": "S.testB", "passed": "1", "skipped": "0"]).dropLast(9))
        let channel = parse(text)
        XCTAssertTrue(channel.began)
        XCTAssertFalse(channel.done)
        XCTAssertEqual(channel.records, [
            Record(name: "S.testA", started: true, finished: true, passed: true),
            Record(name: "S.testB", started: true),
        ])
        XCTAssertEqual(channel.unfinished, "S.testB")
        XCTAssertEqual(channel.rejectedLines, 1)
    }

    func testEveryPrefixOfARunParsesWithoutMoreThanTheWhole() {
        let bytes = Array(fullRun.utf8)
        let whole = ResultChannel.parse(bytes, nonce: nonce)
        for length in 0...bytes.count {
            let channel = ResultChannel.parse(Array(bytes[0..<length]), nonce: nonce)
            XCTAssertLessThanOrEqual(channel.records.count, whole.records.count)
            XCTAssertEqual(Array(whole.records.prefix(channel.records.count)).map(\.name), channel.records.map(\.name))
            XCTAssertEqual(channel.done, length >= bytes.count - 1, "length \(length)")  // the last line needs no newline
            XCTAssertLessThanOrEqual(channel.rejectedLines, 1)
        }
    }

    func testEventsForTestsThatNeverStartedAreIgnored() {
        let channel = parse(line(["event": "finish", "test": "S.testZ", "passed": "1"])
            + line(["event": "fail", "test": "S.testZ", "message": "m"]))
        XCTAssertEqual(channel.records, [])
        XCTAssertNil(channel.unfinished)
    }

    func testEmptyInput() {
        XCTAssertEqual(ResultChannel.parse([], nonce: nonce), ResultChannel())
    }

    func testNoncesAreFreshHex() {
        let nonces = (0..<50).map { _ in Nonce.make() }
        XCTAssertEqual(Set(nonces).count, 50)
        for nonce in nonces {
            XCTAssertEqual(nonce.count, 32)
            XCTAssertTrue(nonce.allSatisfy { "0123456789abcdef".contains($0) }, nonce)
        }
    }
}
