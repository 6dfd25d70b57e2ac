import XCTest
import Foundation

/// Runs support/hotpath_client.py against the learner's shared library and
/// returns its JSON report, or records why it could not.
private func pythonReport(file: StaticString = #filePath, line: UInt = #line) -> [String: Any]? {
    let env = ProcessInfo.processInfo.environment
    guard let support = env["COURSE_SUPPORT_DIR"], let library = env["COURSE_SHARED_LIBRARY"] else {
        XCTFail("the checker did not provide COURSE_SUPPORT_DIR and COURSE_SHARED_LIBRARY", file: file, line: line)
        return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", support + "/hotpath_client.py", library]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do { try process.run() } catch {
        XCTFail("could not start python3: \(error)", file: file, line: line)
        return nil
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard let object = try? JSONSerialization.jsonObject(with: stdout), let report = object as? [String: Any] else {
        XCTFail("the Python script printed no JSON report (exit status \(process.terminationStatus)). stderr: \(stderr.suffix(800))", file: file, line: line)
        return nil
    }
    if let problem = report["error"] as? String {
        XCTFail("Python could not load your library: \(problem). Exported functions must be `public` and keep the exact C names.", file: file, line: line)
        return nil
    }
    guard process.terminationStatus == 0 else {
        XCTFail("the Python script exited with status \(process.terminationStatus). stderr: \(stderr.suffix(800))", file: file, line: line)
        return nil
    }
    return report
}

private func doubles(_ value: Any?) -> [Double]? {
    (value as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue }
}

final class PythonCallsSwiftTests: XCTestCase {
    func testPythonCanLoadEveryExportedFunction() {
        XCTAssertNotNil(pythonReport(), "ctypes must find course_sum_of_squares, course_min_max and course_count_words in your library")
    }

    func testSumOfSquaresOfASmallArray() {
        guard let report = pythonReport() else { return }
        XCTAssertEqual((report["sum_small"] as? NSNumber)?.doubleValue, 15.25,
                       "Python passed [1.5, -2.0, 3.0] as double*: 1.5² + 2² + 3² = 15.25. Garbage here usually means Float where ctypes sends double")
        XCTAssertEqual((report["sum_empty"] as? NSNumber)?.doubleValue, 0,
                       "n = 0 must give 0.0")
        XCTAssertEqual((report["sum_prefix"] as? NSNumber)?.doubleValue, 14,
                       "with 5 doubles in memory and n = 3, only the first 3 count: 1 + 4 + 9 = 14. n is the whole truth about the length")
        XCTAssertEqual((report["sum_null"] as? NSNumber)?.doubleValue, 0, "xs = NULL (Python's None) must give 0.0, whatever n says")
        XCTAssertEqual((report["sum_negative_n"] as? NSNumber)?.doubleValue, 0, "a negative n must give 0.0 (and must not become a huge count)")
    }

    func testSumOfSquaresOfASingleValueIsItsSquare() {
        guard let report = pythonReport() else { return }
        XCTAssertEqual((report["sum_single"] as? NSNumber)?.doubleValue, 6.25,
                       "Python passed [-2.5] with n = 1: one value is a whole array, and its sum of squares is 2.5² = 6.25, not 0 (only n <= 0 gives 0)")
    }

    func testSumOfSquaresAgreesWithPythonOnTenThousandValues() {
        guard let report = pythonReport() else { return }
        guard let swift = (report["sum_big"] as? NSNumber)?.doubleValue,
              let python = (report["sum_big_python"] as? NSNumber)?.doubleValue else {
            return XCTFail("the report lacks sum_big / sum_big_python")
        }
        XCTAssertEqual(swift, python, accuracy: 1e-6,
                       "over 10,000 doubles your library must agree with Python's own sum(x * x) to within 1e-6: every element, read as a 64-bit double")
    }

    func testMinMaxWritesThroughTheOutPointers() {
        guard let report = pythonReport() else { return }
        XCTAssertEqual(doubles(report["min_max"]), [0, -1.25, 8.0],
                       "course_min_max([3.5, -1.25, 8.0, 0.0]) returns status 0 and writes min -1.25 and max 8.0 through ctypes.byref pointers")
        XCTAssertEqual(doubles(report["min_max_single"]), [0, -7.5, -7.5],
                       "one element is both the min and the max")
    }

    func testMinMaxDoesNotStartFromZeroOrFromTheEnds() {
        guard let report = pythonReport() else { return }
        XCTAssertEqual(doubles(report["min_max_positive"]), [0, 2.5, 9.0],
                       "course_min_max([2.5, 9.0, 4.0]) has min 2.5: starting the running minimum at 0, as `lo = 0` in Python would, gives 0 instead")
        XCTAssertEqual(doubles(report["min_max_negative"]), [0, -9.0, -2.5],
                       "course_min_max([-2.5, -9.0, -4.0]) has max -2.5, not 0: start from the first element")
        XCTAssertEqual(doubles(report["min_max_ends"]), [0, 0.5, 6.0],
                       "course_min_max([6.0, 1.0, 2.0, 3.0, 0.5]): the largest is first and the smallest last, so look at every element, the first and last included")
    }

    func testMinMaxOfNothingFailsWithoutWriting() {
        guard let report = pythonReport() else { return }
        XCTAssertEqual(doubles(report["min_max_empty"]), [-1, 12345.0, 12345.0],
                       "for n = 0 course_min_max returns -1 and leaves both out-values untouched (Python set them to 12345.0)")
        XCTAssertEqual(doubles(report["min_max_negative_n"]), [-1, 12345.0, 12345.0],
                       "for a negative n course_min_max returns -1 and writes nothing")
        XCTAssertEqual(doubles(report["min_max_null_xs"]), [-1, 12345.0, 12345.0],
                       "for xs = NULL (Python's None) course_min_max returns -1 and writes nothing")
    }

    func testAMissingOutPointerMeansNothingIsWritten() {
        guard let report = pythonReport() else { return }
        XCTAssertEqual(doubles(report["min_max_null_min"]), [-1, 12345.0, 12345.0],
                       "with min_out = NULL, course_min_max must return -1 and must not write the max either: check all three pointers before writing anything")
        XCTAssertEqual(doubles(report["min_max_null_max"]), [-1, 12345.0, 12345.0],
                       "with max_out = NULL, course_min_max must return -1 and leave min untouched")
    }

    func testWordsAreCountedOnUTF8Bytes() {
        guard let report = pythonReport() else { return }
        XCTAssertEqual((report["words"] as? NSNumber)?.int64Value, 4,
                       "\"héllo  wörld\\tça va\\n\" arrives as UTF-8 bytes and has 4 words (Python's len(text.split()) says \((report["words_python"] as? NSNumber)?.intValue ?? -1))")
        XCTAssertEqual((report["words_empty"] as? NSNumber)?.int64Value, 0, "the empty string has 0 words")
        XCTAssertEqual((report["words_spaces"] as? NSNumber)?.int64Value, 0, "only whitespace: 0 words")
        XCTAssertEqual((report["words_null"] as? NSNumber)?.int64Value, -1, "Python's None arrives as NULL: return -1")
    }

    func testWordCountsAgreeWithPythonsSplitOnEveryKindOfWhitespace() {
        guard let report = pythonReport() else { return }
        guard let cases = report["words_cases"] as? [[String: Any]], !cases.isEmpty else {
            return XCTFail("the report lacks words_cases")
        }
        var wrong: [String] = []
        for item in cases {
            let text = item["text"] as? String ?? "?"
            let yours = (item["yours"] as? NSNumber)?.int64Value ?? -1
            let python = (item["python"] as? NSNumber)?.int64Value ?? -1
            if yours != python { wrong.append("\(text): Python says \(python), yours \(yours)") }
        }
        if !wrong.isEmpty {
            XCTFail("\(wrong.count) of \(cases.count) texts get a different word count from Python's len(text.split()) (texts in Python's ascii() form): \(wrong.prefix(4).joined(separator: "; ")). str.split() separates on every character str.isspace() accepts: Unicode White_Space (\\v, \\f, U+0085, U+00A0, U+2003, U+3000, ...) plus \\x1c-\\x1f, and nothing else, counted over code points")
        }
    }
}
