import CourseModel
import CourseTestSupport
import Foundation
import Synchronization
import XCTest
#if canImport(Glibc)
import Glibc
#endif

private typealias LearnerProgress = CourseModel.Progress

final class ProgressStoreTests: XCTestCase {
    private var folder: URL!
    private var url: URL { folder.appendingPathComponent("progress.json") }
    private var store: ProgressStore { ProgressStore(url: url) }

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryFolder(self).appendingPathComponent(".course")
    }

    private func write(_ text: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func folderContents() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    private func damagedCopies() -> [String] {
        folderContents().filter { $0.hasPrefix("progress.json.damaged-") }
    }

    private func sample() -> LearnerProgress {
        var progress = LearnerProgress()
        var entry = ExerciseProgress()
        entry.status = .done
        entry.attempts = 3
        entry.hintsUsed = 1
        entry.firstPassedAt = Date(timeIntervalSince1970: 1_700_000_000)
        entry.lastPassedAt = Date(timeIntervalSince1970: 1_700_000_100)
        entry.lastCheckedAt = Date(timeIntervalSince1970: 1_700_000_100)
        entry.lastResult = "pass"
        entry.passedHash = "abc123"
        progress["exercise-1"] = entry
        progress["exercise-2"].attempts = 1
        progress["exercise-2"].lastResult = "fail"
        return progress
    }

    // MARK: - Round trip

    func testMissingFileLoadsAsEmptyProgressWithoutCreatingIt() throws {
        let (progress, notice) = try store.load()
        XCTAssertEqual(progress, LearnerProgress())
        XCTAssertNil(notice)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
    }

    func testUpdateThenLoadRoundTrips() throws {
        let expected = sample()
        let (saved, notice) = try store.update { $0 = expected }
        XCTAssertNil(notice)
        XCTAssertEqual(saved, expected)
        let (loaded, loadNotice) = try ProgressStore(url: url).load()
        XCTAssertNil(loadNotice)
        XCTAssertEqual(loaded, expected)
        XCTAssertEqual(loaded["exercise-1"].firstPassedAt, Date(timeIntervalSince1970: 1_700_000_000))
        XCTAssertEqual(loaded["exercise-3"], ExerciseProgress(), "an exercise never touched reads as fresh")
    }

    func testUpdateCreatesTheFolderAndWritesSnakeCaseJSON() throws {
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
        try store.update { $0["exercise-1"].hintsUsed = 2 }
        let data = try Data(contentsOf: url)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["schema_version"] as? Int, 1)
        let entry = try XCTUnwrap((object["exercises"] as? [String: Any])?["exercise-1"] as? [String: Any])
        XCTAssertEqual(entry["hints_used"] as? Int, 2)
        XCTAssertEqual(entry["status"] as? String, "pending")
        XCTAssertEqual(entry["attempts"] as? Int, 0)
    }

    func testUpdateKeepsWhatWasThere() throws {
        try store.update { $0 = self.sample() }
        try store.update { $0["exercise-2"].attempts += 1 }
        let (loaded, _) = try store.load()
        var expected = sample()
        expected["exercise-2"].attempts = 2
        XCTAssertEqual(loaded, expected)
    }

    func testMissingOptionalFieldsDecodeWithDefaultsAndNegativeCountsAreClamped() throws {
        try write(#"{"schema_version": 1, "exercises": {"exercise-1": {}, "exercise-2": {"attempts": -4, "hints_used": -1}}}"#)
        let (progress, notice) = try store.load()
        XCTAssertNil(notice)
        XCTAssertEqual(progress["exercise-1"], ExerciseProgress())
        XCTAssertEqual(progress["exercise-2"].attempts, 0)
        XCTAssertEqual(progress["exercise-2"].hintsUsed, 0)
    }

    func testDefaultURLHonoursCOURSE_PROGRESS() {
        let root = URL(fileURLWithPath: "/courses/tiny")
        XCTAssertEqual(ProgressStore.defaultURL(courseRoot: root, environment: [:]).path, "/courses/tiny/.course/progress.json")
        XCTAssertEqual(ProgressStore.defaultURL(courseRoot: root, environment: ["COURSE_PROGRESS": ""]).path,
                       "/courses/tiny/.course/progress.json")
        XCTAssertEqual(ProgressStore.defaultURL(courseRoot: root, environment: ["COURSE_PROGRESS": "/elsewhere/p.json"]).path,
                       "/elsewhere/p.json")
        let relative = ProgressStore.defaultURL(courseRoot: root, environment: ["COURSE_PROGRESS": "mine.json"]).path
        XCTAssertEqual(relative, URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("mine.json").standardizedFileURL.path)
    }

    // MARK: - Damaged files are kept, never silently reset

    private func assertMovedAside(_ text: String, reason: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try write(text)
        let (progress, notice) = try store.load()
        XCTAssertEqual(progress, LearnerProgress(), file: file, line: line)
        let copies = damagedCopies()
        XCTAssertEqual(copies.count, 1, "\(folderContents())", file: file, line: line)
        let aside = folder.appendingPathComponent(copies.first ?? "none")
        XCTAssertEqual(try? Data(contentsOf: aside), Data(text.utf8), "the damaged bytes are kept", file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), file: file, line: line)
        let message = try XCTUnwrap(notice, "a damaged file must never be reset silently", file: file, line: line)
        XCTAssertTrue(message.contains("damaged"), message, file: file, line: line)
        XCTAssertTrue(message.contains(reason), message, file: file, line: line)
        XCTAssertTrue(message.contains(aside.path), message, file: file, line: line)
        try FileManager.default.removeItem(at: aside)
    }

    func testGarbageIsMovedAside() throws {
        try assertMovedAside("\u{1}\u{2}garbage that is not JSON at all", reason: "it is not valid JSON")
    }

    func testTruncatedJSONIsMovedAside() throws {
        let full = String(decoding: try ProgressCodec.encode(sample()), as: UTF8.self)
        try assertMovedAside(String(full.prefix(full.count / 2)), reason: "it is not valid JSON")
    }

    func testEmptyFileIsMovedAside() throws {
        try assertMovedAside("", reason: "it is empty")
    }

    func testWrongFieldTypesAreMovedAside() throws {
        try assertMovedAside(#"{"schema_version": 1, "exercises": {"exercise-1": {"attempts": "three"}}}"#,
                             reason: "a field has the wrong type")
        try assertMovedAside(#"{"schema_version": 1, "exercises": ["exercise-1"]}"#, reason: "a field has the wrong type")
        try assertMovedAside(#"{"schema_version": 1, "exercises": {"exercise-1": {"status": "finished"}}}"#,
                             reason: "a field has the wrong type")
    }

    func testMissingOrNonNumericSchemaVersionIsMovedAside() throws {
        try assertMovedAside(#"{"exercises": {}}"#, reason: "it has no schema_version")
        try assertMovedAside(#"{"schema_version": "1", "exercises": {}}"#, reason: "it has no schema_version")
        try assertMovedAside(#"[1, 2, 3]"#, reason: "it is not valid JSON")
    }

    func testUpdateOnADamagedFileKeepsTheCopyAndSavesFreshProgress() throws {
        let garbage = "{\"schema_version\": 1, \"exercises\": {"
        try write(garbage)
        let (saved, notice) = try store.update { $0["exercise-1"].attempts += 1 }
        XCTAssertNotNil(notice)
        XCTAssertEqual(saved["exercise-1"].attempts, 1)
        let copies = damagedCopies()
        XCTAssertEqual(copies.count, 1, "\(folderContents())")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(copies[0])), Data(garbage.utf8))
        XCTAssertEqual(try store.load().0["exercise-1"].attempts, 1)
    }

    func testTwoDamagedFilesInARowGetTwoCopies() throws {
        try write("first garbage")
        _ = try store.load()
        try write("second garbage")
        _ = try store.load()
        let copies = damagedCopies()
        XCTAssertEqual(copies.count, 2, "\(folderContents())")
        let contents = Set(copies.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) })
        XCTAssertEqual(contents, ["first garbage", "second garbage"])
    }

    // MARK: - Newer schema

    func testNewerSchemaThrowsAndLeavesTheFileByteIdentical() throws {
        let text = #"{"schema_version": 2, "exercises": {"exercise-1": {"attempts": 7, "future_field": [1, 2]}}}"#
        try write(text)
        XCTAssertThrowsError(try store.load()) { error in
            XCTAssertEqual(error as? CourseError, .progressTooNew(path: self.url.path, found: 2, supported: 1))
        }
        XCTAssertThrowsError(try store.update { $0["exercise-1"].attempts += 1 }) { error in
            XCTAssertEqual(error as? CourseError, .progressTooNew(path: self.url.path, found: 2, supported: 1))
            let message = (error as? CourseError)?.message ?? ""
            XCTAssertTrue(message.contains("left untouched"), message)
        }
        XCTAssertEqual(try Data(contentsOf: url), Data(text.utf8))
        XCTAssertEqual(damagedCopies(), [])
    }

    // MARK: - Concurrency

    func testSixteenThreadsUpdatingAtOnceLoseNothing() throws {
        let url = self.url
        let errors = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            do {
                try ProgressStore(url: url).update { $0["exercise-1"].attempts += 1 }
            } catch {
                errors.append(error)
            }
        }
        XCTAssertEqual(errors.all.map { "\($0)" }, [])
        XCTAssertEqual(try store.load().0["exercise-1"].attempts, 16)
        XCTAssertEqual(folderContents().filter { $0.hasSuffix(".tmp") }, [])
    }

    // MARK: - A failing write keeps the previous file

    func testFullDiskKeepsThePreviousFileAndLeavesNoTemporaryFile() throws {
        try store.update { $0["exercise-1"].attempts = 1 }
        let before = try Data(contentsOf: url)

        var bigger = try store.load().0
        for number in 1...60 { bigger["exercise-\(number)"].lastResult = "fail-\(number)" }
        let newSize = try ProgressCodec.encode(bigger).count
        XCTAssertGreaterThan(newSize, before.count + 200)
        let limit = rlim_t(before.count + (newSize - before.count) / 2)

        var original = rlimit()
        XCTAssertEqual(getrlimit(Int32(RLIMIT_FSIZE.rawValue), &original), 0)
        let oldHandler = signal(SIGXFSZ, SIG_IGN)
        var lowered = original
        lowered.rlim_cur = min(limit, original.rlim_max)
        XCTAssertEqual(setrlimit(Int32(RLIMIT_FSIZE.rawValue), &lowered), 0)
        var thrown: Error?
        do {
            defer {
                var restore = original
                setrlimit(Int32(RLIMIT_FSIZE.rawValue), &restore)
                signal(SIGXFSZ, oldHandler)
            }
            do {
                try store.update { $0 = bigger }
            } catch {
                thrown = error
            }
        }
        var now = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &now)
        XCTAssertEqual(now.rlim_cur, original.rlim_cur, "the file size limit is restored")

        guard case .progressUnwritable(let path, _)? = thrown as? CourseError else {
            return XCTFail("expected CourseError.progressUnwritable, got \(String(describing: thrown))")
        }
        XCTAssertEqual(path, url.path)
        XCTAssertEqual(try Data(contentsOf: url), before, "the previous progress file is intact")
        XCTAssertEqual(folderContents().filter { $0.hasSuffix(".tmp") || $0.hasPrefix(".progress.json") }, [],
                       "no temporary file remains: \(folderContents())")
        XCTAssertEqual(try store.load().0["exercise-1"].attempts, 1)
    }

    func testUncreatableFolderIsProgressUnwritable() throws {
        let blocker = try TestSupport.temporaryFolder(self).appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let store = ProgressStore(url: blocker.appendingPathComponent("sub/progress.json"))
        XCTAssertThrowsError(try store.update { $0["exercise-1"].attempts += 1 }) { error in
            guard case .progressUnwritable? = error as? CourseError else { return XCTFail("\(error)") }
        }
    }
}

/// Errors collected from several threads.
private final class ErrorBox: Sendable {
    private let errors = Mutex<[Error]>([])
    func append(_ error: Error) { errors.withLock { $0.append(error) } }
    var all: [Error] { errors.withLock { $0 } }
}
