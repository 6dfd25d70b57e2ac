import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest

/// Seeded random and truncated inputs to every parser: none may crash, and each keeps its promises.
final class ParserFuzzTests: XCTestCase {
    static let iterations = 2_000

    static let lessonSeeds = [
        "---\ntitle: First steps\nmodule: Basics\nexercises: exercise-1, exercise-2\n---\n\n# First steps\n\nBody.\n",
        "\u{FEFF}---\r\ntitle: \"Quoted\"\r\n# comment\r\n: no key\r\nno colon\r\n---\r\nbody",
        "---\ntitle: Never closed\nmodule: x\n",
        "# No front matter\n\ntitle: here\n",
    ]
    static let settingsSeeds = [
        #"{"title": "Say hello", "hints": ["a", "b"], "learned": "x", "swift_flags": ["-swift-version", "6"], "timeout_seconds": 5, "requires": ["python3"], "shared_library": true}"#,
        #"{"title": 3, "hints": [1, null], "timeout_seconds": "5", "shared_library": 1, "timout_seconds": 2}"#,
        #"[{"title": "x"}]"#,
    ]
    static let progressSeeds = [
        #"{"schema_version": 1, "exercises": {"exercise-1": {"status": "done", "attempts": 3, "first_passed_at": "2024-01-02T03:04:05Z", "hints_used": 2, "passed_hash": "ab"}}}"#,
        #"{"schema_version": 2, "exercises": {}}"#,
        #"{"schema_version": 1, "exercises": {"exercise-1": {"attempts": "x", "status": "weird"}}}"#,
    ]
    static let argumentWords = [
        "check", "list", "next", "lesson", "hint", "reset", "solution", "validate", "new", "watch", "exercise-1", "3",
        "--json", "--force", "--once", "--quick", "--jobs", "--jobs=2", "--lesson", "--title=T", "--course", "--course=x",
        "--color", "--color=never", "--color=always", "--color=bogus", "--no-pager", "--help", "-h", "--version", "--", "-",
        "-x", "--=", "=", "", "--json=1", "é", "\u{0}", "--course=", "🙂",
    ]
    static let specials: [[UInt8]] = [
        Array("---".utf8), Array("\n".utf8), Array("\r\n".utf8), Array(":".utf8), Array("\"".utf8), Array("{".utf8),
        Array("}".utf8), Array("[".utf8), Array(",".utf8), [0xEF, 0xBB, 0xBF], [0xFF], [0xC3], [0x00], Array("é".utf8),
        Array("1e999".utf8), Array("-1".utf8), Array("null".utf8),
    ]

    /// A seed truncated, mutated, or replaced by random bytes.
    static func mangle(_ seed: String, _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = Array(seed.utf8)
        switch random.below(4) {
        case 0:
            bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
        case 1:
            for _ in 0..<(1 + random.below(6)) where !bytes.isEmpty {
                let at = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: at)
                default: bytes.insert(contentsOf: random.pick(specials), at: at)
                }
            }
        case 2:
            bytes = (0..<random.below(200)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        default:
            bytes = (0..<random.below(30)).flatMap { _ in random.pick(specials) }
        }
        return bytes
    }

    func testParsersSurviveRandomAndTruncatedInput() {
        var random = SeededGenerator(seed: 0xC0FFEE)
        for iteration in 0..<Self.iterations {
            let lessonBytes = Self.mangle(random.pick(Self.lessonSeeds), &random)
            checkFrontMatter(String(decoding: lessonBytes, as: UTF8.self), iteration)

            let settingsBytes = Self.mangle(random.pick(Self.settingsSeeds), &random)
            checkSettings(Data(settingsBytes), iteration)

            let progressBytes = Self.mangle(random.pick(Self.progressSeeds), &random)
            checkProgress(Data(progressBytes), iteration)

            let arguments = (0..<random.below(7)).map { _ in
                random.chance(80) ? random.pick(Self.argumentWords)
                    : String(decoding: Self.mangle(random.pick(Self.argumentWords), &random), as: UTF8.self)
            }
            checkArguments(arguments, iteration)

            let name = random.chance(50)
                ? String(decoding: Self.mangle(random.pick(["07-closures.md", "1-a.md", "123-x-y.md", "README.md"]), &random), as: UTF8.self)
                : "\(random.below(1_000_000))\(random.pick(["-", "", "--", "_"]))\(random.pick(["", "slug", "a-b"]))\(random.pick([".md", ".MD", "", ".md.md"]))"
            checkLessonFileName(name, iteration)
        }
    }

    func testRandomProgressRoundTripsThroughTheCodec() throws {
        var random = SeededGenerator(seed: 42)
        for iteration in 0..<Self.iterations / 4 {
            var progress = CourseModel.Progress()
            for _ in 0..<random.below(5) {
                var entry = ExerciseProgress()
                entry.status = random.chance(50) ? .done : .pending
                entry.attempts = random.below(1000)
                entry.hintsUsed = random.below(5)
                if random.chance(50) { entry.firstPassedAt = Date(timeIntervalSince1970: Double(random.below(2_000_000_000))) }
                if random.chance(50) { entry.lastPassedAt = Date(timeIntervalSince1970: Double(random.below(2_000_000_000))) }
                if random.chance(50) { entry.lastCheckedAt = Date(timeIntervalSince1970: Double(random.below(2_000_000_000))) }
                if random.chance(50) { entry.lastResult = random.pick(["pass", "fail", "error"]) }
                if random.chance(50) { entry.passedHash = String(random.next(), radix: 16) }
                progress["exercise-\(random.below(100))"] = entry
            }
            let decoded = ProgressCodec.decode(try ProgressCodec.encode(progress))
            XCTAssertEqual(decoded, .success(progress), "iteration \(iteration)")
        }
    }

    // MARK: - Promises each parser keeps

    func checkFrontMatter(_ raw: String, _ iteration: Int) {
        let (front, issues) = FrontMatter.parse(raw)
        // Line numbers count "\r\n" as one line break, as editors do.
        let text = raw.replacingOccurrences(of: "\r\n", with: "\n")
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        XCTAssertEqual(Set(front.fields.keys), Set(front.lines.keys), "iteration \(iteration)")
        for (key, line) in front.lines {
            XCTAssertTrue((1...lineCount).contains(line), "iteration \(iteration): \(key) on line \(line) of \(lineCount)")
            XCTAssertFalse(key.isEmpty, "iteration \(iteration)")
        }
        for issue in issues {
            XCTAssertTrue((1...lineCount).contains(issue.line), "iteration \(iteration): issue on line \(issue.line)")
            XCTAssertFalse(issue.message.isEmpty)
        }
        XCTAssertGreaterThanOrEqual(front.bodyStartLine, 1, "iteration \(iteration)")
        if front.fields.isEmpty && issues.isEmpty && front.bodyStartLine == 1 {
            XCTAssertEqual(front.body, text, "iteration \(iteration): text without front matter is all body")
        }
    }

    func checkSettings(_ data: Data, _ iteration: Int) {
        let (settings, problems) = ExerciseSettings.parse(data, file: "x.json")
        for problem in problems {
            XCTAssertEqual(problem.file, "x.json")
            XCTAssertFalse(problem.message.isEmpty)
        }
        if let settings {
            XCTAssertFalse(settings.title.isEmpty, "iteration \(iteration)")
            XCTAssertEqual(settings.title, settings.title.trimmingCharacters(in: .whitespacesAndNewlines), "iteration \(iteration)")
            XCTAssertTrue((1...600).contains(settings.timeoutSeconds), "iteration \(iteration): \(settings.timeoutSeconds)")
            XCTAssertTrue(settings.requires.allSatisfy { $0 == "python3" }, "iteration \(iteration)")
            XCTAssertFalse(settings.hints.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "iteration \(iteration)")
        } else {
            XCTAssertFalse(problems.isEmpty, "iteration \(iteration): unusable settings must say why")
        }
    }

    func checkProgress(_ data: Data, _ iteration: Int) {
        switch ProgressCodec.decode(data) {
        case .success(let progress):
            XCTAssertLessThanOrEqual(progress.schemaVersion, CourseModel.Progress.currentSchemaVersion, "iteration \(iteration)")
            for entry in progress.exercises.values {
                XCTAssertGreaterThanOrEqual(entry.attempts, 0, "iteration \(iteration)")
                XCTAssertGreaterThanOrEqual(entry.hintsUsed, 0, "iteration \(iteration)")
            }
            XCTAssertEqual(ProgressCodec.decode(try ProgressCodec.encode(progress)), .success(progress), "iteration \(iteration)")
        case .failure(.tooNew(let version)):
            XCTAssertGreaterThan(version, CourseModel.Progress.currentSchemaVersion, "iteration \(iteration)")
        case .failure(.damaged(let reason)):
            XCTAssertFalse(reason.isEmpty, "iteration \(iteration)")
        }
    }

    func checkArguments(_ arguments: [String], _ iteration: Int) {
        do {
            let parsed = try ParsedArguments.parse(arguments)
            let valuedFlags: Set<String> = ["--json", "--force", "--once", "--quick", "--no-pager", "--help", "--version"]
            for flag in parsed.flags {
                XCTAssertTrue(valuedFlags.contains(flag), "iteration \(iteration): \(arguments) gave flag \(flag)")
            }
            XCTAssertLessThanOrEqual(parsed.positionals.count, arguments.count, "iteration \(iteration)")
        } catch CourseError.usage(let text) {
            XCTAssertFalse(text.isEmpty, "iteration \(iteration)")
        } catch {
            XCTFail("iteration \(iteration): \(arguments) threw \(error), not a usage error")
        }
    }

    func checkLessonFileName(_ name: String, _ iteration: Int) {
        guard let (number, slug) = CourseLoader.parseLessonFileName(name) else { return }
        XCTAssertGreaterThanOrEqual(number, 0, "iteration \(iteration)")
        XCTAssertFalse(slug.isEmpty, "iteration \(iteration)")
        XCTAssertTrue(name.hasSuffix("-\(slug).md"), "iteration \(iteration): \(name)")
        let digits = name.dropLast(slug.count + 4)
        XCTAssertEqual(Int(digits), number, "iteration \(iteration): \(name)")
        XCTAssertTrue(digits.allSatisfy { $0.isASCII && $0.isNumber }, "iteration \(iteration): \(name)")
    }
}
