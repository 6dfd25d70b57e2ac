import CourseGrading
import CourseModel

/// What a student, a CI reporter or Gradescope may read about one test. A public test, or a hidden one whose
/// messages the instructor released, shows its message. Otherwise a hidden test shows only what kind of
/// result it was: why it did not run (the build; not a secret), why it did not finish (a time limit, a
/// crash), or that it failed — never what it expected.
extension GradedExercise.Test {
    public enum Verdict: Sendable {
        case passed
        /// It ran and an expectation failed.
        case failed
        /// It started and did not finish: a time or output limit, a crash, an early exit.
        case unfinished
        /// It never started: the build failed, or the submission could not be read.
        case notRun
    }

    public var verdict: Verdict {
        if passed { return .passed }
        if status == GradedExercise.notRun { return .notRun }
        return status == GradeReport.Status.fail.rawValue ? .failed : .unfinished
    }

    /// The message to show for a test that did not pass; nil for a pass.
    public func shownMessage(releaseHidden: Bool) -> String? {
        switch verdict {
        case .passed: return nil
        case .notRun: return message ?? "did not run"
        case .failed, .unfinished:
            if isPublic || releaseHidden { return message ?? (verdict == .failed ? "failed" : "did not finish") }
            return verdict == .failed ? "a hidden test failed" : "a hidden test " + Self.unfinishedReason(message)
        }
    }

    /// What the test printed, when it may be shown.
    public func shownOutput(releaseHidden: Bool) -> String? {
        guard isPublic || releaseHidden, let output, !output.isEmpty else { return nil }
        return output
    }

    /// The first sentence of why a test did not finish, which says what stopped it and nothing of the test.
    static func unfinishedReason(_ message: String?) -> String {
        guard let message else { return "did not finish" }
        if message.hasPrefix("crashed") { return "crashed" }
        let known = [TestRun.timeoutPhrase, "printed more than", "ended the test process early"]
        guard known.contains(where: { message.hasPrefix($0) }) else { return "did not finish" }
        return message.range(of: ". ").map { String(message[..<$0.lowerBound]) } ?? message
    }
}
