@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Random and truncated inputs to the grader's parsers: no crash, and basic invariants hold.
final class GradingFuzzTests: XCTestCase {
    static let vocabulary = [
        "class", "final", "extension", "struct", "enum", "actor", "protocol", "typealias", "func", "let", "var", "private",
        "fileprivate", "static", "async", "throws", "import", "XCTestCase", "StackTests", "Base", "testA", "testB", "test",
        ":", "{", "}", "(", ")", "[", "]", "<", ">", ",", ".", "=", "->", "\"", "\"\"\"", "#", "##", "#\"", "\"#", "\\",
        "\\(", "//", "/*", "*/", "`", "\n", "\n", " ", " ", "\t", "\r", "é", "😀", "\u{0}", "$0", "_", "1", "@MainActor",
    ]

    static var seeds: [String] {
        let root = TestSupport.tinyCourse
        let files = ["Tests/Hidden/exercise-2/tests/StackTests.swift", "Tests/Hidden/exercise-3/tests/ClampTests.swift",
                     "Solutions/exercise-2.swift", "Solutions/exercise-3.swift"]
        return files.compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
    }

    func randomSource(_ random: inout SeededGenerator, round: Int) -> String {
        let seeds = Self.seeds
        switch round % 4 {
        case 0:  // random bytes, decoded leniently
            let bytes = (0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            return String(decoding: bytes, as: UTF8.self)
        case 1:  // random tokens
            return (0..<Int.random(in: 0...200, using: &random)).map { _ in Self.vocabulary.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
        case 2:  // a real file cut short
            let seed = Array(seeds[round / 4 % seeds.count].unicodeScalars)
            let cut = Int.random(in: 0...seed.count, using: &random)
            return String(String.UnicodeScalarView(seed[0..<cut]))
        default:  // a real file with a few random tokens spliced in
            var scalars = Array(seeds[round / 4 % seeds.count].unicodeScalars)
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let at = Int.random(in: 0...scalars.count, using: &random)
                scalars.insert(contentsOf: Self.vocabulary.randomElement(using: &random)!.unicodeScalars, at: at)
            }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    func testScannerSurvivesRandomAndTruncatedSources() {
        var random = SeededGenerator(seed: 0xC0FFEE)
        for round in 0..<2000 {
            let source = randomSource(&random, round: round)
            let tokens = SwiftTokenizer.tokens(source)
            // (Exact line numbers are SuiteScannerTests' job; an unterminated string miscounts them.)
            XCTAssertTrue(tokens.allSatisfy { !$0.text.isEmpty && $0.line >= 1 }, "round \(round)")
            XCTAssertEqual(tokens.map(\.line), tokens.map(\.line).sorted(), "round \(round)")
            let methods = SuiteScanner.testMethods(in: [source, source])
            XCTAssertEqual(Set(methods).count, methods.count, "round \(round)")
            XCTAssertTrue(methods.allSatisfy { $0.methodName.hasPrefix("test") && !$0.className.isEmpty }, "round \(round)")
            let declarations = SuiteScanner.topLevelDeclarations(in: source)
            XCTAssertEqual(Set(declarations).count, declarations.count, "round \(round)")
            XCTAssertTrue(declarations.allSatisfy { ["typealias", "protocol", "func", "let", "var"].contains($0.importKind) },
                          "round \(round)")
        }
    }

    func testResultChannelSurvivesRandomAndTruncatedBytes() {
        var random = SeededGenerator(seed: 42)
        let nonce = "00112233445566778899aabbccddeeff"
        func record(_ fields: [String: String]) -> [UInt8] {
            var object = fields
            object["nonce"] = nonce
            return [UInt8](try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) + [10]
        }
        var transcript = record(["event": "begin"])
        for name in ["S.testA", "S.testB", "S.testC"] {
            transcript += record(["event": "start", "test": name])
            transcript += record(["event": "fail", "test": name, "message": "m \(name)"])
            transcript += record(["event": "finish", "test": name, "passed": "0", "skipped": "0"])
        }
        transcript += record(["event": "done", "status": "1"])
        for round in 0..<2000 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0:
                bytes = (0..<Int.random(in: 0...400, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            case 1:
                bytes = Array(transcript.prefix(Int.random(in: 0...transcript.count, using: &random)))
            default:
                bytes = transcript
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            }
            let channel = ResultChannel.parse(bytes, nonce: nonce)
            let lines = bytes.split(separator: 10).count
            XCTAssertLessThanOrEqual(channel.records.count + channel.rejectedLines, lines, "round \(round)")
            XCTAssertTrue(channel.records.allSatisfy { $0.started }, "round \(round)")
            if round % 3 == 0 {
                XCTAssertEqual(channel.records, [], "random bytes never carry the nonce")
                XCTAssertFalse(channel.began || channel.done)
            }
            if round % 3 == 1 {
                XCTAssertEqual(channel.done, bytes.count >= transcript.count - 1, "round \(round)")
                if let unfinished = channel.unfinished { XCTAssertEqual(unfinished, channel.records.last?.name) }
            }
        }
    }

    func testDiagnosticParseSurvivesRandomText() {
        var random = SeededGenerator(seed: 7)
        let pieces = ["a.swift", ":", "1", "12", "-3", " error: ", " warning: ", " note: ", ": error: ", " | ", "\n", "x", "é", " "]
        for round in 0..<2000 {
            let text: String
            if round % 2 == 0 {
                text = (0..<Int.random(in: 0...60, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            } else {
                let bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                text = String(decoding: bytes, as: UTF8.self)
            }
            let diagnostics = Diagnostic.parse(text)
            let lines = text.split(separator: "\n").map(String.init)
            XCTAssertLessThanOrEqual(diagnostics.count, lines.count, "round \(round)")
            for diagnostic in diagnostics {
                XCTAssertTrue(["error", "warning", "note"].contains(diagnostic.severity))
                XCTAssertFalse(diagnostic.file.isEmpty)
                let tail = ": \(diagnostic.severity): \(diagnostic.message)"
                XCTAssertTrue(lines.contains { $0.hasPrefix(diagnostic.file) && $0.hasSuffix(tail) }, "round \(round): \(diagnostic)")
            }
            _ = ApiMismatch.explain(diagnostics)
        }
    }
}
