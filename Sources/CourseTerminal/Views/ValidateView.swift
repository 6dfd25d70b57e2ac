import CourseAuthoring
import CourseGrading
import CourseModel
import Foundation

/// `course validate`: the header, one line per grading as it finishes, and the verdict; or the same as JSON.
public enum ValidateView {
    public static func header(title: String, lessons: Int, exercises: Int, quick: Bool, gradings: Int, workers: Int) -> String {
        "Validating \(title): \(lessons) lessons, \(exercises) exercises"
            + (quick ? " (files only)" : ", \(gradings) gradings on \(min(workers, max(gradings, 1))) workers")
    }

    /// `[3/8] ✓ exercise-2 starter fails`.
    /// `generated`: the generated cases a reference solution ran, and how long they took.
    public static func progressLine(count: Int, total: Int, job: CourseValidator.Job, problem: CourseProblem?, style: Style,
                                    generated: GradeReport.Generated? = nil) -> String {
        let mark = problem == nil ? style.green("✓") : style.red("✗")
        let what: String
        switch job.expectation {
        case .passes: what = "solution passes"
        case .doesNotPass: what = "starter fails"
        case .failsATest: what = "wrong solution fails: \(URL(fileURLWithPath: job.path).lastPathComponent)"
        }
        let cases = generated.map { " (\($0.cases) generated cases in \(String(format: "%.2f", $0.seconds)) s)" } ?? ""
        return "[\(count)/\(total)] \(mark) \(job.exercise) \(what)\(cases)"
    }

    /// The verdict: sound, with counts, or every problem on its own line.
    public static func verdict(problems: [CourseProblem], jobs: [CourseValidator.Job], exercises: Int, quick: Bool,
                               seconds: Double, style: Style) -> String {
        guard problems.isEmpty else {
            var lines = [style.red("✗ ") + "\(problems.count) problem\(problems.count == 1 ? "" : "s") found:"]
            lines += problems.map { "  " + $0.description }
            return lines.joined(separator: "\n") + "\n"
        }
        let counts = Dictionary(grouping: jobs, by: { "\($0.expectation)" }).mapValues(\.count)
        return style.green("✓ ") + "The course is sound: \(exercises) exercises"
            + (quick ? " (files only; run without --quick to grade)." :
                ", \(counts["passes"] ?? 0) solutions pass, \(counts["doesNotPass"] ?? 0) starters fail, \(counts["failsATest"] ?? 0) wrong solutions rejected, in \(String(format: "%.1f", seconds)) s.")
            + "\n"
    }

    /// `course validate --json`.
    public struct JSON: Encodable, Equatable {
        public struct Problem: Encodable, Equatable {
            public var file: String
            public var line: Int?
            /// Written only when one column is at fault (a JSON syntax error).
            public var column: Int? = nil
            public var message: String

            enum CodingKeys: String, CodingKey { case file, line, column, message }

            /// `line` is written as `null` when absent.
            public func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encodeIfPresent(column, forKey: .column)
                try container.encode(message, forKey: .message)
            }
        }

        public var ok: Bool
        public var problems: [Problem]
        public var gradings: Int
        public var seconds: Double
    }

    public static func json(problems: [CourseProblem], gradings: Int, seconds: Double) -> JSON {
        JSON(ok: problems.isEmpty, problems: problems.map { JSON.Problem(file: $0.file, line: $0.line, column: $0.column, message: $0.message) },
             gradings: gradings, seconds: (seconds * 100).rounded() / 100)
    }
}
