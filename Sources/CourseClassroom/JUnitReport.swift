import CourseModel
import Foundation

/// JUnit XML for CI test reporters: a test suite per (student, exercise), a test case per test. Hidden
/// tests' messages are withheld unless released, as in the feedback.
public enum JUnitReport {
    public static func xml(_ results: ClassResults, releaseHidden: Bool) -> String {
        var suites: [String] = []
        var total = 0, failures = 0, errors = 0
        for student in results.students {
            for column in results.columns {
                guard let entry = results.entry(student, column.id) else { continue }
                let name = "\(student).\(column.id)"
                var cases: [String] = []
                var suiteFailures = 0, suiteErrors = 0
                if entry.tests.isEmpty {
                    let why = entry.outcome == .missing ? "not submitted" : (GradedExercise.firstLine(entry.message) ?? entry.outcome.rawValue)
                    cases.append("    <testcase classname=\"\(escape(name))\" name=\"\(escape(column.title))\">\n"
                        + "      <error message=\"\(escape(why))\">\(escape(entry.message ?? why))</error>\n    </testcase>")
                    suiteErrors += 1
                } else {
                    for test in entry.tests {
                        let open = "    <testcase classname=\"\(escape(name))\" name=\"\(escape(test.name))\""
                        if test.passed {
                            cases.append(open + "/>")
                            continue
                        }
                        let shown = test.isPublic || releaseHidden ? (test.message ?? "failed") : "a hidden test failed"
                        let element = test.status == "fail" ? "failure" : "error"
                        if element == "failure" { suiteFailures += 1 } else { suiteErrors += 1 }
                        cases.append(open + ">\n      <\(element) message=\"\(escape(GradedExercise.firstLine(shown) ?? shown))\">\(escape(shown))</\(element)>\n    </testcase>")
                    }
                }
                total += cases.count
                failures += suiteFailures
                errors += suiteErrors
                suites.append("  <testsuite name=\"\(escape(name))\" tests=\"\(cases.count)\" failures=\"\(suiteFailures)\" errors=\"\(suiteErrors)\">\n"
                    + cases.joined(separator: "\n") + "\n  </testsuite>")
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(escape(results.courseTitle))\" tests=\"\(total)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            + suites.joined(separator: "\n") + (suites.isEmpty ? "" : "\n") + "</testsuites>\n"
    }

    /// Text as XML 1.0 attribute or element content: the five entities, and the control characters XML
    /// cannot hold dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
