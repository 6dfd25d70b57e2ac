import CourseModel
import Foundation

/// The outcome of grading one submission. Failing is a normal result, not an error.
public struct GradeReport: Equatable, Codable, Sendable {
    public enum Status: String, Codable, Sendable { case pass, fail, error }

    /// Why a report has status `error`, for tests and for choosing the next step to suggest.
    public enum ErrorKind: String, Codable, Sendable {
        case compile, forbiddenImport, forbiddenCode, apiMismatch, noTests, missingRequirement, unreadableSubmission, toolchain,
             harness, sandboxUnavailable,
             /// The hidden suite does not compile against the reference solution either: the course's fault.
             brokenSuite
    }

    /// One hidden test's verdict.
    public struct TestResult: Equatable, Codable, Sendable {
        /// `Class/method`.
        public var id: String
        /// The method name in plain words.
        public var name: String
        public var status: Status
        public var message: String?
        public var output: String?

        public init(id: String, name: String, status: Status, message: String?, output: String?) {
            self.id = id
            self.name = name
            self.status = status
            self.message = message
            self.output = output
        }
    }

    public var exercise: String
    public var status: Status
    public var errorKind: ErrorKind?
    /// For `error`: what went wrong and what to do.
    public var message: String?
    public var tests: [TestResult]
    /// Compiler output for a compile error, with the learner's own path.
    public var compilerOutput: String?
    /// The compile errors of a report with `errorKind == .compile`; otherwise the warnings about the learner's file.
    public var diagnostics: [Diagnostic]
    public var seconds: Double
    /// SHA-256 of the submission's bytes.
    public var submissionHash: String
    public var fromCache: Bool
    /// The tests ran inside the bubblewrap sandbox.
    public var sandboxed: Bool = false
    /// The compiled suite came from the suite-object cache (the learner module's interface was seen before).
    public var suiteReused: Bool = false
    /// For a course problem (`brokenSuite`): what the instructor must fix, with hidden file paths and lines.
    /// Never shown to a learner.
    public var courseDetail: String?
    /// Runs of the same build disagreed (`repeat_runs`): such a report is never cached.
    public var unstable: Bool = false
    /// The generated cases the tests ran (`CourseProperty` in the harness), and their time; nil when none.
    public var generated: Generated?
    /// Whether the learner's previous check of this exercise was of the same bytes (set when the attempt is
    /// recorded); false after a reset or an edit, even when the cache answers. Nil when not known.
    public var unchangedSinceLastCheck: Bool?

    /// How many generated cases ran, in how many seconds of the tests' own time.
    public struct Generated: Equatable, Codable, Sendable {
        public var cases: Int
        public var seconds: Double
    }

    public init(exercise: String, status: Status, errorKind: ErrorKind? = nil, message: String? = nil,
                tests: [TestResult] = [], compilerOutput: String? = nil, diagnostics: [Diagnostic] = [],
                seconds: Double = 0, submissionHash: String = "", fromCache: Bool = false) {
        self.exercise = exercise
        self.status = status
        self.errorKind = errorKind
        self.message = message
        self.tests = tests
        self.compilerOutput = compilerOutput
        self.diagnostics = diagnostics
        self.seconds = seconds
        self.submissionHash = submissionHash
        self.fromCache = fromCache
    }

    /// An error report with no test results.
    public static func error(_ exercise: String, _ kind: ErrorKind, _ message: String, hash: String = "") -> GradeReport {
        GradeReport(exercise: exercise, status: .error, errorKind: kind, message: message, submissionHash: hash)
    }

    public var passed: Bool { status == .pass }

    /// `testAppendingToACopy` → "appending to a copy".
    public static func plainWords(_ method: String) -> String {
        var name = Substring(method)
        if name.hasPrefix("test") { name = name.dropFirst(4) }
        if name.hasPrefix("_") { name = name.drop { $0 == "_" } }
        var words: [String] = []
        var current = ""
        let chars = Array(name)
        for (index, char) in chars.enumerated() {
            if char == "_" {
                if !current.isEmpty { words.append(current); current = "" }
                continue
            }
            let nextIsLower = index + 1 < chars.count && chars[index + 1].isLowercase
            let previousIsLower = index > 0 && (chars[index - 1].isLowercase || chars[index - 1].isNumber)
            if char.isUppercase, !current.isEmpty, previousIsLower || nextIsLower {
                words.append(current)
                current = ""
            }
            // "rank198" reads "rank 198"; an acronym keeps its digits ("P99", "UTF8").
            if char.isNumber, let last = current.last, last.isLowercase {
                words.append(current)
                current = ""
            }
            current.append(char)
        }
        if !current.isEmpty { words.append(current) }
        let lowered = words.enumerated().map { index, word -> String in
            let isAcronym = word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber }
            // A lone capital after the first word names something ("other than X"); "A" is the article.
            let isLetterName = index > 0 && word.count == 1 && word != "A" && word.allSatisfy(\.isUppercase)
            return isAcronym || isLetterName ? word : word.lowercased()
        }
        let text = lowered.map { contractions[$0] ?? $0 }.joined(separator: " ")
        return text.isEmpty ? method : text
    }

    /// A method name cannot hold an apostrophe: `testDontCrash` reads "don't crash". (A possessive,
    /// "learners", cannot be told from a plural: a `///` title gives it.)
    static let contractions: [String: String] = {
        let words: [String] = ["dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "shouldnt",
                               "wouldnt", "hasnt", "havent", "hadnt", "mustnt", "neednt"]
        var table: [String: String] = ["wont": "won't"]
        for word in words { table[word] = String(word.dropLast(2)) + "n't" }
        return table
    }()
}
