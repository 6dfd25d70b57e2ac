import CourseModel
import CourseProcess
import Foundation

/// Decides whether a suite that does not compile against a submission is the course's fault: it is
/// when the suite does not compile against the reference solution either. Then the report names the
/// hidden file and line for the instructor, and tells a learner that their code is not to blame.
struct SuiteHealth {
    var steps: BuildSteps

    /// The broken-suite report when the suite fails against the reference solution too, else nil.
    /// `submission`: the bytes just graded; when they are the solution's, its failure is reused.
    func brokenSuite(failure: ProcessResult, submission: [UInt8]) -> GradeReportFailure? {
        guard let solution = steps.inputs.solutionSource else { return nil }
        var result = failure
        if Array(solution.utf8) != submission {
            // A learner's API mismatch is common while they work: a suite found sound once is not compiled again.
            if FileManager.default.fileExists(atPath: healthyMarker.path) { return nil }
            guard let reference = compileAgainstSolution(solution) else { return nil }
            result = reference
        }
        guard !result.succeeded else {
            try? FileManager.default.createDirectory(at: healthyMarker.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: healthyMarker.path, contents: Data())
            return nil
        }
        return report(for: Diagnostic.parse(result.outputText).filter { $0.severity == "error" })
    }

    /// Present once the suite compiled against the reference solution; keyed by every hidden file (the
    /// solution and starter among them), the toolchain and the flags, so any edit asks again.
    var healthyMarker: URL {
        var hasher = SHA256()
        hasher.update(field: "suite health 1 \(CourseFormat.toolVersion)")
        hasher.update(field: steps.plan.toolchain.identity)
        hasher.update(field: steps.plan.commonFlags.joined(separator: "\u{1}"))
        for (path, data) in steps.inputs.fingerprintFiles {
            hasher.update(field: path)
            hasher.update(field: String(data.count))
            hasher.update(data)
        }
        return steps.harnessCache.deletingLastPathComponent().appendingPathComponent("suite-health/" + String(hasher.hexDigest().prefix(32)))
    }

    /// Compiles the solution as the learner module and the suite against it in a sibling scratch
    /// folder; nil when the solution itself does not build (that is reported by its own job).
    func compileAgainstSolution(_ solution: String) -> ProcessResult? {
        var plan = steps.plan
        plan.work = steps.plan.work.appendingPathComponent("reference")
        for folder in ["src", "mod", "harness", "suite", "tmp"] {
            try? FileManager.default.createDirectory(at: plan.work.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        var reference = steps
        reference.plan = plan
        reference.suiteCache = nil
        guard FileManager.default.createFile(atPath: plan.submissionSource, contents: Data(solution.utf8)),
              (try? reference.compileLearner()) != nil,
              (try? reference.writeSuite()) != nil,
              let module = try? HarnessModule.ensure(harness: steps.harness, toolchain: plan.toolchain, swiftFlags: plan.settings.swiftFlags,
                                                     cacheRoot: steps.harnessCache, scratch: plan.work,
                                                     defines: steps.harness.supportDefines(tests: steps.inputs.tests), seal: steps.harnessSeal),
              let referenceFolders = try? (reference.referenceModule().map { [$0.folder.path] } ?? [String]()),
              let result = try? Subprocess.run(plan.compileSuiteObject(suiteFiles: steps.inputs.suiteFiles.map(reference.suiteCopy),
                                                                       harnessFolder: module.folder.path,
                                                                       moduleFolders: referenceFolders)) else { return nil }
        reference.keepLog(result, as: "reference-suite")
        return result
    }

    /// The errors in course terms: each in the hidden file it is in (`Tests/Hidden/…/tests/X.swift`).
    func report(for errors: [Diagnostic]) -> GradeReportFailure {
        let exercise = steps.inputs.exercise
        let located = errors.map { error -> Diagnostic in
            var copy = error
            copy.file = coursePath(error.file)
            if !error.file.hasPrefix("hidden/") && !error.file.hasPrefix("public/") { copy.line = 0 }  // the import lines in front of the suite
            return copy
        }
        var seen = Set<String>()
        let unique = located.filter { seen.insert("\($0.file):\($0.line):\($0.message)").inserted }
        let listed = unique.prefix(10).map { "  " + ($0.line > 0 ? "\($0.file):\($0.line)" : $0.file) + ": \($0.message)" }.joined(separator: "\n")
        var report = GradeReport.error(exercise.id, .brokenSuite,
            "The hidden tests of \(exercise.id) do not compile, with any solution: this is a problem with the course, not with your code. "
            + "Tell your instructor; they can see the errors with 'course validate \(exercise.id)'.")
        report.diagnostics = unique
        report.courseDetail = "the hidden suite does not compile against the reference solution (\(unique.count) error\(unique.count == 1 ? "" : "s")); "
            + "fix the test code, or declare what it uses in the starter \(exercise.starterPath):\n" + listed
        return GradeReportFailure(report: report)
    }

    /// `hidden/StackTests.swift` → `Tests/Hidden/exercise-2/tests/StackTests.swift` (`public/…` → the
    /// exercise's `public/` folder); the scratch copy of a suite (its import lines) → the same suite file.
    func coursePath(_ file: String) -> String {
        let exercise = steps.inputs.exercise
        let name = URL(fileURLWithPath: file).lastPathComponent
        if file.hasPrefix("hidden/") { return exercise.suitePath + "/" + name }
        if file.hasPrefix("public/") { return exercise.publicTestsPath + "/" + name }
        if name.hasPrefix("copy-public-") { return exercise.publicTestsPath + "/" + name.dropFirst("copy-public-".count) }
        if name.hasPrefix("copy-hidden-") { return exercise.suitePath + "/" + name.dropFirst("copy-hidden-".count) }
        return name
    }
}
