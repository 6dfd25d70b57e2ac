import CourseModel
import Foundation

/// JUnit XML for CI test reporters: a test suite per (student, exercise), a test case per test. A test that
/// ran and failed is a `<failure>`; one that never ran (a build error, a missing file) or did not finish (a
/// time limit, a crash) is an `<error>` that says why. Hidden tests' messages are withheld unless released,
/// as in the feedback (`ShownResult`). `time` is in seconds: a suite's is its check's (building and running);
/// the harness does not time tests one by one, so a case's is its suite's time shared equally.
public enum JUnitReport {
    public static func xml(_ results: ClassResults, releaseHidden: Bool) -> String {
        var suites: [String] = []
        var total = 0, failures = 0, errors = 0
        var seconds = 0.0
        for student in results.students {
            for column in results.columns {
                guard let entry = results.entry(student, column.id) else { continue }
                let name = "\(DisplayName.clean(student)).\(column.id)"
                let suiteTime = entry.seconds ?? 0
                var cases: [String] = []
                var suiteFailures = 0, suiteErrors = 0
                if entry.tests.isEmpty {
                    let why = entry.outcome == .missing ? "not submitted" : (GradedExercise.firstLine(entry.message) ?? entry.outcome.rawValue)
                    cases.append(testCase(name, column.title, time: suiteTime, element: "error", message: why, body: entry.message ?? why))
                    suiteErrors += 1
                } else {
                    let share = suiteTime / Double(entry.tests.count)
                    for test in entry.tests {
                        guard let shown = test.shownMessage(releaseHidden: releaseHidden) else {
                            cases.append(testCase(name, test.name, time: share))
                            continue
                        }
                        let failed = test.verdict == .failed
                        if failed { suiteFailures += 1 } else { suiteErrors += 1 }
                        // A test that never ran quotes the build's whole message: the student's compile errors.
                        let body = test.verdict == .notRun ? (entry.message ?? shown) : shown
                        cases.append(testCase(name, test.name, time: share, element: failed ? "failure" : "error",
                                              message: GradedExercise.firstLine(shown) ?? shown, body: body))
                    }
                }
                total += cases.count
                failures += suiteFailures
                errors += suiteErrors
                seconds += suiteTime
                suites.append("  <testsuite name=\"\(attribute(name))\" tests=\"\(cases.count)\" failures=\"\(suiteFailures)\" "
                    + "errors=\"\(suiteErrors)\" time=\"\(time(suiteTime))\">\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(attribute(results.courseTitle))\" tests=\"\(total)\" failures=\"\(failures)\" errors=\"\(errors)\" "
            + "time=\"\(time(seconds))\">\n" + suites.joined(separator: "\n") + (suites.isEmpty ? "" : "\n") + "</testsuites>\n"
    }

    static func testCase(_ suite: String, _ name: String, time seconds: Double, element: String? = nil, message: String = "", body: String = "") -> String {
        let open = "    <testcase classname=\"\(attribute(suite))\" name=\"\(attribute(name))\" time=\"\(time(seconds))\""
        guard let element else { return open + "/>" }
        return open + ">\n      <\(element) message=\"\(attribute(message))\">\(escape(body))</\(element)>\n    </testcase>"
    }

    static func time(_ seconds: Double) -> String { String(format: "%.3f", max(0, seconds)) }

    /// Text as an XML attribute value: as `escape`, and newlines and tabs as character references, which
    /// an XML parser keeps (a literal one in an attribute is normalized to a space).
    static func attribute(_ text: String) -> String { escape(text, inAttribute: true) }

    /// Text as XML 1.0 element content: the five entities, and the control characters XML cannot hold dropped.
    static func escape(_ text: String, inAttribute: Bool = false) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += inAttribute ? "&#9;" : "\t"
            case "\n": result += inAttribute ? "&#10;" : "\n"
            case "\r": result += inAttribute ? "&#13;" : "\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension GradeFormat {
    /// `junit.xml` (also `--junit`).
    public static let junit = GradeFormat("junit") { results, out, options in
        try AtomicFile.write(Data(JUnitReport.xml(results, releaseHidden: options.releaseHidden).utf8), to: out.appendingPathComponent("junit.xml"))
    }
}
