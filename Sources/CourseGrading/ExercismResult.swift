import CourseModel
import Foundation

/// The Exercism test-runner results format, version 3, plus the exercise id and duration (`course check --json`):
/// the grader's machine-readable interface, encoded through `JSONOutput`.
public struct ExercismResult: Encodable, Equatable {
    /// One test; `message` and `output` are written as `null` when absent, as the format asks.
    public struct Test: Encodable, Equatable {
        public var name: String
        public var testID: String
        public var status: String
        public var message: String?
        public var output: String?

        enum CodingKeys: String, CodingKey {
            case name, status, message, output
            case testID = "test_id"
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(testID, forKey: .testID)
            try container.encode(status, forKey: .status)
            try container.encode(message, forKey: .message)
            try container.encode(output, forKey: .output)
        }
    }

    public var version = 3
    public var status: String
    public var exercise: String
    public var durationSeconds: Double
    public var tests: [Test]
    /// For status `error`: what went wrong, with the compiler's output.
    public var message: String?
    public var errorKind: String?
    /// Present (true) when the report came from the cache.
    public var cached: Bool?
    /// Whether the tests ran inside the bubblewrap sandbox (absent for errors before any test ran).
    public var sandboxed: Bool?

    enum CodingKeys: String, CodingKey {
        case version, status, exercise, tests, message, cached, sandboxed
        case durationSeconds = "duration_seconds"
        case errorKind = "error_kind"
    }

    public init(_ report: GradeReport) {
        status = report.status.rawValue
        exercise = report.exercise
        durationSeconds = (report.seconds * 1000).rounded() / 1000
        tests = report.tests.map { Test(name: $0.name, testID: $0.id, status: $0.status.rawValue, message: $0.message, output: $0.output) }
        if report.status == .error {
            var text = report.message ?? "error"
            if let compilerOutput = report.compilerOutput { text += "\n" + compilerOutput }
            message = text
        }
        errorKind = report.errorKind?.rawValue
        cached = report.fromCache ? true : nil
        sandboxed = report.tests.isEmpty ? nil : report.sandboxed
    }
}

extension GradeReport {
    /// The report as `course check --json` prints it.
    public func exercismJSON() throws -> Data {
        try JSONOutput.data(ExercismResult(self))
    }
}
