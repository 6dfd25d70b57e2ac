import CourseModel
import CourseProcess
import Foundation

/// The compiler invocations for one check, as values: tests inspect them without running anything.
public struct BuildPlan: Equatable {
    /// The scratch folder of one check.
    public var work: URL
    public var settings: ExerciseSettings
    public var toolchain: Toolchain
    /// Absolute path of the exercise's support folder, when it has one.
    public var supportFolder: String?

    public static let learnerModule = "Submission"
    public static let suiteModule = "HiddenTests"

    public var submissionSource: String { work.appendingPathComponent("src/submission.swift").path }
    public var moduleFolder: String { work.appendingPathComponent("mod").path }
    public var learnerObject: String { work.appendingPathComponent("Submission.o").path }
    public var moduleTrace: String { work.appendingPathComponent("trace.json").path }
    public var harnessMain: String { work.appendingPathComponent("harness/main.swift").path }
    public var runner: String { work.appendingPathComponent("runner").path }
    public var sharedLibrary: String { work.appendingPathComponent("libexercise.so").path }
    public var runFolder: String { work.appendingPathComponent("run").path }

    var includeFlags: [String] { supportFolder.map { ["-I", $0] } ?? [] }
    /// Compilers run with `TMPDIR` inside the scratch folder, so they leave nothing behind.
    var compilerEnvironment: [String: String] { CompilerEnvironment.variables(scratch: work) }
    var commonFlags: [String] { ["-Onone"] + settings.swiftFlags + sanitizerFlags + includeFlags }
    /// With a sanitizer, line tables too: a report then names the learner's line.
    var sanitizerFlags: [String] {
        settings.sanitizers.isEmpty ? [] : settings.sanitizers.map { "-sanitize=\($0.rawValue)" } + ["-gline-tables-only"]
    }

    /// Compiles one support C file to a position-independent object.
    public func compileC(_ source: String, index: Int) -> ProcessSpec? {
        guard let clang = toolchain.clang else { return nil }
        let object = work.appendingPathComponent("c\(index).o").path
        return ProcessSpec(executable: clang, arguments: ["-c", "-fPIC", "-O0"] + includeFlags + [source, "-o", object],
                           timeout: Limits.standard.cCompileTimeout, extraEnvironment: compilerEnvironment)
    }

    /// The object file `compileC` writes for a given index.
    public func cObject(_ index: Int) -> String { work.appendingPathComponent("c\(index).o").path }

    /// What makes the learner's file (plus the course's Swift helpers) the module the tests see: the flags
    /// every compile of it starts with, and all an editor needs to type-check it (`CompileDatabase`).
    public var learnerModuleFlags: [String] {
        commonFlags + ["-parse-as-library", "-enable-testing", "-module-name", BuildPlan.learnerModule]
    }

    /// The learner's file (plus course-provided Swift helpers) as its own module, testable.
    public func compileLearner(supportSwift: [String]) -> ProcessSpec {
        ProcessSpec(executable: toolchain.swiftc, arguments: learnerModuleFlags + [
            "-wmo", "-no-emit-module-separately-wmo", "-emit-module", "-emit-module-path", "\(moduleFolder)/\(BuildPlan.learnerModule).swiftmodule",
            "-emit-loaded-module-trace-path", moduleTrace,
            "-c", submissionSource,
        ] + supportSwift + ["-o", learnerObject], timeout: Limits.standard.compileTimeout, keepOutputBytes: Limits.standard.compilerOutputBytes,
                    extraEnvironment: compilerEnvironment)
    }

    /// The suite and the generated main as one object, against the learner module's interface only: what
    /// the suite-object cache keeps, since a body-only edit leaves that interface byte-identical.
    /// `moduleFolders` hold other modules the suite imports (the reference solution's).
    public func compileSuiteObject(suiteFiles: [String], harnessFolder: String, moduleFolders: [String] = []) -> ProcessSpec {
        ProcessSpec(executable: toolchain.swiftc, arguments: commonFlags + [
            "-wmo", "-module-name", BuildPlan.suiteModule, "-I", moduleFolder, "-I", harnessFolder,
        ] + moduleFolders.flatMap { ["-I", $0] } + ["-c"] + suiteFiles + [harnessMain, "-o", suiteObject],
        timeout: Limits.standard.compileTimeout, keepOutputBytes: Limits.standard.compilerOutputBytes, extraEnvironment: compilerEnvironment)
    }

    /// Links a suite object (fresh or cached) with the learner's object into the test program.
    public func linkRunner(suiteObject: String, cObjects: [String], harnessObject: String, moduleObjects: [String] = []) -> ProcessSpec {
        ProcessSpec(executable: toolchain.swiftc, arguments: commonFlags + (toolchain.lld == nil ? [] : ["-use-ld=lld"])
            + [suiteObject, learnerObject, harnessObject] + moduleObjects + cObjects + ["-o", runner],
        timeout: Limits.standard.compileTimeout, keepOutputBytes: Limits.standard.compilerOutputBytes, extraEnvironment: compilerEnvironment)
    }

    /// Where `compileSuiteObject` writes.
    public var suiteObject: String { work.appendingPathComponent("HiddenTests.o").path }
    /// The learner module's interface, which keys the suite-object cache.
    public var learnerModuleFile: String { "\(moduleFolder)/\(BuildPlan.learnerModule).swiftmodule" }

    /// After a crash: the learner's module again, with line tables, so the runtime's backtrace names the
    /// learner's line. The same flags as `compileLearner`, no module written: the suite is not recompiled.
    public func compileLearnerWithLineTables(supportSwift: [String]) -> ProcessSpec {
        ProcessSpec(executable: toolchain.swiftc, arguments: learnerModuleFlags + (sanitizerFlags.isEmpty ? ["-gline-tables-only"] : []) + [
            "-wmo", "-c", submissionSource,
        ] + supportSwift + ["-o", learnerObjectWithLineTables], timeout: Limits.standard.compileTimeout,
        keepOutputBytes: Limits.standard.compilerOutputBytes, extraEnvironment: compilerEnvironment)
    }

    /// `link` (from `linkRunner`) with the line-table object in, writing `runnerWithLineTables`.
    public func withLineTables(_ link: ProcessSpec) -> ProcessSpec {
        var relink = link
        relink.arguments = link.arguments.map {
            $0 == learnerObject ? learnerObjectWithLineTables : $0 == runner ? runnerWithLineTables : $0
        }
        return relink
    }

    public var learnerObjectWithLineTables: String { work.appendingPathComponent("SubmissionLines.o").path }
    public var runnerWithLineTables: String { work.appendingPathComponent("runner-lines").path }

    /// The learner's code as a shared library, for exercises that load it from another language.
    public func compileSharedLibrary(supportSwift: [String], cObjects: [String]) -> ProcessSpec {
        ProcessSpec(executable: toolchain.swiftc, arguments: commonFlags + [
            "-parse-as-library", "-emit-library", "-module-name", "SubmissionLibrary", submissionSource,
        ] + supportSwift + cObjects + ["-o", sharedLibrary], timeout: Limits.standard.compileTimeout,
        keepOutputBytes: Limits.standard.compilerOutputBytes, extraEnvironment: compilerEnvironment)
    }
}
