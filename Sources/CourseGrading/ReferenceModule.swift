import CourseModel
import CourseProcess
import Foundation

/// The exercise's reference solution as a module of its own, `Reference`, beside the learner's
/// `Submission`: a hidden suite file that says `@testable import Reference` compares the learner's answers
/// with the reference's on generated inputs (`Reference.summarize(xs)` next to `Submission.summarize(xs)`).
///
/// Compiled once per toolchain, flags, solution and support files, cached and sealed like the harness.
/// Swift symbols carry the module name, so the two modules' functions, types and globals never meet. C
/// names the reference exports (`@_cdecl`, `@c`) would clash with the learner's at the link, so they are
/// made local to the reference's object: its own Swift code still calls them, nothing else can. The
/// learner's object may not reference the module at all (`ObjectInspector.forbiddenModules`). It is never
/// part of a learner edition: it is the solution, and suites that use it are hidden.
package enum ReferenceModule {
    package static let name = "Reference"

    /// Whether a suite file imports the reference (`import Reference`, `@testable import Reference`).
    static func isImported(by source: String) -> Bool {
        source.split(separator: "\n").contains { line in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let at = words.firstIndex(of: "import"), at + 1 < words.count else { return false }
            return words[..<at].allSatisfy { $0.hasPrefix("@") } && words[at + 1] == Substring(name)
        }
    }

    static func ensure(plan: BuildPlan, inputs: ExerciseInputs, cacheRoot: URL, seal: CacheSeal = .unkeyed,
                       driver: DriverJobs? = nil) throws -> HarnessModule {
        guard let solution = inputs.solutionSource else {
            throw GradeReportFailure(report: .error(inputs.exercise.id, .harness,
                "The hidden tests import Reference, but the exercise has no reference solution (\(inputs.exercise.solutionPath)). This is a course problem."))
        }
        var sources = [("Reference", solution)]
        for path in inputs.supportSwift {
            sources.append((URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
                            (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""))
        }
        var hasher = SHA256()
        hasher.update(field: "reference 1 \(CourseFormat.toolVersion)")
        hasher.update(field: plan.toolchain.identity)
        hasher.update(field: plan.commonFlags.joined(separator: "\u{1}"))
        for (file, text) in sources {
            hasher.update(field: file)
            hasher.update(field: text)
        }
        hasher.update(field: seal.mode)
        let key = "reference-" + String(hasher.hexDigest().prefix(24))
        let objcopy = URL(fileURLWithPath: plan.toolchain.swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("llvm-objcopy").path
        return try HarnessModule.ensure(name: name, key: key, sources: sources,
                                        arguments: plan.commonFlags + ["-parse-as-library", "-enable-testing"],
                                        toolchain: plan.toolchain, cacheRoot: cacheRoot, scratch: plan.work, seal: seal,
                                        driver: driver, finish: { localizeCNames(in: $0.object, objcopy: objcopy) }) { output in
            GradeReportFailure(report: .error(inputs.exercise.id, .harness,
                "The reference solution \(inputs.exercise.solutionPath) does not compile as the module the hidden tests import. This is a course problem:\n\(output)"))
        }
    }

    /// Makes every defined global symbol outside Swift's namespace local (C exports of the solution), so
    /// the learner's own exports of the same names link. True when there was nothing to do or it worked.
    static func localizeCNames(in object: String, objcopy: String) -> Bool {
        let nm = URL(fileURLWithPath: objcopy).deletingLastPathComponent().appendingPathComponent("llvm-nm").path
        guard let listed = try? Subprocess.run(ProcessSpec(executable: nm, arguments: ["--defined-only", "--extern-only", "--format=just-symbols", object],
                                                           timeout: Limits.standard.objectToolTimeout)),
              listed.succeeded else { return false }
        let foreign = listed.outputText.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("$s") && !$0.hasPrefix("_$s") && !$0.isEmpty }
        guard !foreign.isEmpty else { return true }
        let arguments = foreign.flatMap { ["--localize-symbol", $0] } + [object]
        guard let result = try? Subprocess.run(ProcessSpec(executable: objcopy, arguments: arguments, timeout: Limits.standard.objectToolTimeout)) else {
            return false
        }
        return result.succeeded
    }
}
