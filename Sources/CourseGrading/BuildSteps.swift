import CourseModel
import CourseProcess
import Foundation

/// Compiles one check's test program: support C, the learner's module, then the suite against it.
/// Each failure becomes a finished report, thrown as `GradeReportFailure`.
struct BuildSteps {
    var plan: BuildPlan
    var inputs: ExerciseInputs
    var harness: TestHarness
    var displayPath: String
    /// Where the harness's support module is cached between checks.
    var harnessCache: URL
    /// Signs the harness module in `harnessCache` (`CacheSeal`).
    var harnessSeal: CacheSeal = .unkeyed

    var id: String { inputs.exercise.id }

    /// Where compiled suites are kept per learner-module interface; nil compiles the suite every time.
    var suiteCache: SuiteObjectCache?

    /// What a build made: whether the compiled suite came from the suite-object cache, and the link
    /// (redone with line tables after a crash, by `CrashLocator`).
    struct Built {
        var suiteReused: Bool
        var link: ProcessSpec
        /// The compiler's warnings about the learner's own file, shown briefly after the verdict.
        var warnings: [Diagnostic] = []
    }
    /// `COURSE_KEEP_SCRATCH=1`: every compiler's output is kept in the scratch folder's `logs/`.
    var keepLogs = false

    /// Builds the test program, or throws the report that says why it cannot be built.
    @discardableResult
    func run(submission: [UInt8]) throws -> Built {
        guard FileManager.default.createFile(atPath: plan.submissionSource, contents: Data(submission)) else {
            throw failure(.harness, "Could not write to the scratch folder \(plan.work.path). Set TMPDIR to a writable folder.")
        }
        let cObjects = try compileSupportC()
        let warnings = try compileLearner()
        try refuseTestFrameworkImports()
        // The object is inspected while the suite compiles (two cores); its verdict comes first.
        let inspection = inspectObject()
        let suite = Result { () throws -> Built in
            try writeSuite()
            let module = try HarnessModule.ensure(harness: harness, toolchain: plan.toolchain, swiftFlags: plan.settings.swiftFlags,
                                                  cacheRoot: harnessCache, scratch: plan.work,
                                                  defines: harness.supportDefines(tests: inputs.tests), seal: harnessSeal, driver: driver)
            return try buildRunner(cObjects: cObjects, harness: module, submission: submission)
        }
        let clientCode = ClientCodeAttributes.problems(source: String(decoding: submission, as: UTF8.self))
        try refuseTamperingCode(clientCode + (try inspection?.value() ?? []))
        var built = try suite.get()
        built.warnings = warnings
        if inputs.exercise.settings.sharedLibrary {
            let result = try driver.run(plan.compileSharedLibrary(supportSwift: inputs.supportSwift, cObjects: cObjects), scratch: plan.work)
            guard result.succeeded else {
                throw failure(.compile, "Your code compiles as a module but not as a shared library:\n" + rewrite(result.outputText))
            }
        }
        return built
    }

    func failure(_ kind: GradeReport.ErrorKind, _ message: String) -> GradeReportFailure {
        GradeReportFailure(report: .error(id, kind, message))
    }

    func rewrite(_ text: String) -> String {
        text.replacingOccurrences(of: plan.submissionSource, with: displayPath)
    }

    func compileSupportC() throws -> [String] {
        var objects: [String] = []
        for (index, source) in inputs.supportC.enumerated() {
            guard let spec = plan.compileC(source, index: index) else {
                throw failure(.toolchain, "This exercise has C support files, but no C compiler (clang) was found beside swiftc or on PATH. Install clang.")
            }
            // The course's C files change only when the instructor edits them: compiled once, kept by content.
            let key = supportObjectKey(source, spec: spec)
            if let key, supportObjectCache?.restore(key, to: plan.cObject(index)) == true {
                objects.append(plan.cObject(index))
                continue
            }
            let result = try Subprocess.run(spec)
            guard result.succeeded else {
                throw failure(.harness, "The exercise's C support file \(source) does not compile; this is a course problem:\n\(result.outputText)")
            }
            if let key { supportObjectCache?.store(plan.cObject(index), key: key) }
            objects.append(plan.cObject(index))
        }
        return objects
    }

    /// What a compiled C support file depends on: the compiler, its flags (the scratch path left out) and
    /// every file of the exercise's hidden folder (the source and the headers it may include among them).
    func supportObjectKey(_ source: String, spec: ProcessSpec) -> String? {
        guard supportObjectCache != nil else { return nil }
        var hasher = SHA256()
        hasher.update(field: "support object 1 \(CourseFormat.toolVersion)")
        hasher.update(field: FileIdentity.of(spec.executable))
        hasher.update(field: spec.arguments.map { $0.replacingOccurrences(of: plan.work.path, with: "") }.joined(separator: "\u{1}"))
        for (path, data) in inputs.fingerprintFiles {
            hasher.update(field: path)
            hasher.update(field: String(data.count))
            hasher.update(data)
        }
        return hasher.hexDigest()
    }

    /// A compiler that reports success must have written its output: otherwise it is not a real swiftc.
    func requireOutput(_ path: String, from step: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard (size ?? 0) > 0 else {
            throw failure(.toolchain, "\(plan.toolchain.swiftc) reported success \(step) but wrote no \(URL(fileURLWithPath: path).lastPathComponent). "
                + "This is a problem with the compiler, not with your code: check your Swift installation "
                + "(or COURSE_SWIFTC, if you set it) with 'swiftc --version'.")
        }
    }

    /// Where the compiler's job lists are kept between runs; nil keeps them in memory only.
    var driverJobsCache: URL?
    /// Compiled C support files, by content; nil compiles them on every check.
    var supportObjectCache: SuiteObjectCache?
    /// The compiler's jobs, started without the driver once known.
    var driver: DriverJobs { DriverJobs(folder: driverJobsCache) }

    /// Compiles the learner's module; returns the warnings about the learner's own file.
    @discardableResult
    func compileLearner() throws -> [Diagnostic] {
        var support = inputs.supportSwift
        if inputs.extendsTypes {
            let anchor = plan.work.appendingPathComponent("src/\(ExerciseInputs.anchorName).swift").path
            _ = FileManager.default.createFile(atPath: anchor, contents: Data(ExerciseInputs.anchorSource.utf8))
            support.append(anchor)
        }
        let result = try driver.run(plan.compileLearner(supportSwift: support), scratch: plan.work)
        keepLog(result, as: "learner")
        if result.succeeded {
            try requireOutput(plan.learnerObject, from: "compiling \(displayPath)")
            return Diagnostic.parse(rewrite(result.outputText)).filter { $0.severity == "warning" && $0.file == displayPath }
        }
        if result.timedOut {
            throw failure(.compile, "The compiler gave up on \(displayPath) after \(Int(Limits.standard.compileTimeout)) seconds. Long expressions with many literals can take the type checker that long: add type annotations or split the expression.")
        }
        let output = rewrite(result.outputText)
        let diagnostics = Diagnostic.parse(output).filter { $0.severity == "error" }
        guard !diagnostics.isEmpty else {
            let head = output.split(separator: "\n").prefix(15).joined(separator: "\n")
            throw failure(.toolchain, "swiftc failed without an error message (\(result.termination)). Check your Swift installation with 'swiftc --version'.\n\(head)")
        }
        var report = GradeReport.error(id, .compile,
            "\(displayPath) does not compile (\(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s")). Fix the first error first; later ones often follow from it.")
        report.compilerOutput = CompilerOutput.trim(output)
        report.diagnostics = diagnostics
        throw GradeReportFailure(report: report)
    }

    func refuseTestFrameworkImports() throws {
        guard let data = FileManager.default.contents(atPath: plan.moduleTrace),
              let trace = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let modules = trace["swiftmodules"] as? [String] else { return }
        let names = modules.map { URL(fileURLWithPath: $0).pathComponents.first(where: { $0.hasSuffix(".swiftmodule") }) ?? "" }
        if let banned = names.first(where: { $0 == "XCTest.swiftmodule" || $0 == "Testing.swiftmodule" }) {
            let framework = banned.replacingOccurrences(of: ".swiftmodule", with: "")
            throw failure(.forbiddenImport, "\(displayPath) imports \(framework). Exercise files may not import a test framework: "
                + "the hidden tests bring their own, and test code in your file could change how results are reported. Remove 'import \(framework)'.")
        }
    }

    /// The learner's object may define only its own module's symbols (and the exercise's C exports).
    func inspectObject() -> BackgroundWork<[String]>? {
        guard let inspector = ObjectInspector.locate(plan.toolchain) else { return nil }
        let object = plan.learnerObject, settings = inputs.exercise.settings
        return BackgroundWork { try inspector.inspect(object: object, settings: settings) }
    }

    func refuseTamperingCode(_ problems: [String]) throws {
        guard !problems.isEmpty else { return }
        throw failure(.forbiddenCode, "\(displayPath) compiles, but it cannot be graded: it "
            + problems.joined(separator: "\nIt also ")
            + "\nTests only count when they run the code as written, so the checker refuses code that could change the test run itself.")
    }

    func writeSuite() throws {
        let fm = FileManager.default
        for (path, source) in zip(inputs.suiteFiles, inputs.suiteSources) {
            let importsItself = source.contains("import \(BuildPlan.learnerModule)")
            let text = (importsItself ? "" : inputs.importPrelude) + "#sourceLocation(file: \"\(inputs.suiteLabel(path))\", line: 1)\n" + inputs.scratchText(of: source)
            guard fm.createFile(atPath: suiteCopy(path), contents: Data(text.utf8)) else {
                throw failure(.harness, "Could not write to the scratch folder \(plan.work.path).")
            }
        }
        let main = harness.mainSource(tests: inputs.tests,
                                      limits: HarnessLimits(cpuSeconds: Limits.standard.cpuSeconds(testTimeout: inputs.exercise.settings.timeoutSeconds),
                                                            dataBytes: inputs.exercise.settings.sanitizers.isEmpty ? Limits.standard.testDataBytes : 0))
        guard fm.createFile(atPath: plan.harnessMain, contents: Data(main.utf8)) else {
            throw failure(.harness, "Could not write to the scratch folder \(plan.work.path).")
        }
    }

    /// The scratch copy of a suite file. Its name differs from the `#sourceLocation` name, which the
    /// compiler would otherwise warn about on every check.
    func suiteCopy(_ path: String) -> String {
        plan.work.appendingPathComponent("suite/copy-" + inputs.suiteLabel(path).replacingOccurrences(of: "/", with: "-")).path
    }

    /// The suite object (reused when the learner module's interface was seen before, else compiled and
    /// kept), then one link with the learner's object, the harness and the C objects.
    func buildRunner(cObjects: [String], harness module: HarnessModule, submission: [UInt8]) throws -> Built {
        let reference = try referenceModule()
        let reused = try suiteObject(harness: module, reference: reference, submission: submission)
        let spec = plan.linkRunner(suiteObject: plan.suiteObject, cObjects: cObjects, harnessObject: module.object,
                                   moduleObjects: reference.map { [$0.object] } ?? [])
        let link = try driver.run(spec, scratch: plan.work)
        keepLog(link, as: "link")
        guard link.succeeded else { throw explainSuiteFailure(link) }
        try requireOutput(plan.runner, from: "building the tests")
        return Built(suiteReused: reused, link: spec)
    }

    /// Puts the compiled suite at `plan.suiteObject`: from the suite-object cache when this learner-module
    /// interface was seen before, else compiled and kept. Returns whether it came from the cache.
    func suiteObject(harness module: HarnessModule, reference: HarnessModule?, submission: [UInt8]) throws -> Bool {
        let suiteFiles = inputs.suiteFiles.map(suiteCopy)
        var key: String?
        if suiteCache != nil, let interface = RegularFile.contents(plan.learnerModuleFile, limit: Limits.standard.fileReadBytes) {
            let compiled = (suiteFiles + [plan.harnessMain]).map { RegularFile.contents($0) ?? Data() }
            key = SuiteObjectCache.key(moduleFile: interface, compiledSources: compiled, hiddenFiles: inputs.fingerprintFiles,
                                       harnessFolder: module.folder.path + (reference.map { "\u{1}" + $0.folder.path } ?? ""),
                                       toolchain: plan.toolchain, flags: plan.commonFlags,
                                       frameworks: TestFramework.used(by: inputs.tests))
        }
        guard let key, let suiteCache else {
            try compileSuiteObject(harness: module, reference: reference, submission: submission)
            return false
        }
        return try BuildGate.shared.once("suite " + suiteCache.folder.path + " " + key) {
            if suiteCache.restore(key, to: plan.suiteObject) { return true }
            try compileSuiteObject(harness: module, reference: reference, submission: submission)
            suiteCache.store(plan.suiteObject, key: key)
            return false
        }
    }

    /// Compiles the suite and the generated main to `plan.suiteObject`.
    private func compileSuiteObject(harness module: HarnessModule, reference: HarnessModule?, submission: [UInt8]) throws {
        let suiteFiles = inputs.suiteFiles.map(suiteCopy)
        let result = try driver.run(plan.compileSuiteObject(suiteFiles: suiteFiles, harnessFolder: module.folder.path,
                                                            moduleFolders: reference.map { [$0.folder.path] } ?? []), scratch: plan.work)
        keepLog(result, as: "suite")
        guard result.succeeded else {
            throw SuiteHealth(steps: self).brokenSuite(failure: result, submission: submission) ?? explainSuiteFailure(result)
        }
        try requireOutput(plan.suiteObject, from: "compiling the tests")
    }

    /// Builds only what later checks reuse — the C support objects, the harness module, the suite object for
    /// this file's interface and the link's job list — without linking or running anything. Returns whether
    /// the suite object was already kept.
    func prewarm(submission: [UInt8]) throws -> Bool {
        guard FileManager.default.createFile(atPath: plan.submissionSource, contents: Data(submission)) else {
            throw failure(.harness, "Could not write to the scratch folder \(plan.work.path). Set TMPDIR to a writable folder.")
        }
        let cObjects = try compileSupportC()
        try compileLearner()
        try writeSuite()
        let module = try HarnessModule.ensure(harness: harness, toolchain: plan.toolchain, swiftFlags: plan.settings.swiftFlags,
                                              cacheRoot: harnessCache, scratch: plan.work,
                                              defines: harness.supportDefines(tests: inputs.tests), seal: harnessSeal, driver: driver)
        let reference = try referenceModule()
        let kept = try suiteObject(harness: module, reference: reference, submission: submission)
        _ = driver.jobs(for: plan.linkRunner(suiteObject: plan.suiteObject, cObjects: cObjects, harnessObject: module.object,
                                             moduleObjects: reference.map { [$0.object] } ?? []), scratch: plan.work)
        return kept
    }

    /// The reference solution's module, when a suite file imports it (kept beside the harness modules).
    func referenceModule() throws -> HarnessModule? {
        guard inputs.usesReference else { return nil }
        return try ReferenceModule.ensure(plan: plan, inputs: inputs, cacheRoot: harnessCache, seal: harnessSeal, driver: driver)
    }

    /// Writes one compiler's output to `logs/NAME.log` in the scratch folder, when asked to keep it.
    func keepLog(_ result: ProcessResult, as name: String) {
        guard keepLogs else { return }
        let folder = plan.work.appendingPathComponent("logs")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = "\(result.termination)\n" + result.outputText
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name + ".log").path, contents: Data(text.utf8))
    }

    /// A suite that does not compile or link against the learner's code, in words about the learner's API.
    func explainSuiteFailure(_ result: ProcessResult) -> GradeReportFailure {
        let output = result.outputText
        let diagnostics = Diagnostic.parse(output)
        if let broken = diagnostics.first(where: { $0.severity == "error" && $0.file == plan.harnessMain }) {
            return failure(.harness, "The generated test main does not compile with this exercise's settings (a bug in course, please report it): line \(broken.line): \(broken.message)")
        }
        var sources: [String: String] = [:]
        for (path, source) in zip(inputs.suiteFiles, inputs.suiteSources) {
            sources[inputs.suiteLabel(path)] = source
        }
        var reasons = ApiMismatch.explain(diagnostics, sources: sources)
        reasons += LinkerErrors.undefinedSymbols(in: output).map {
            "The tests call a function named `\($0)` that your code does not provide (check an @_cdecl/@c export name)."
        }
        guard !reasons.isEmpty else {
            let head = output.split(separator: "\n").prefix(15).joined(separator: "\n")
            return failure(.toolchain, "Building the tests failed without an error message (\(result.termination)). Check your Swift installation.\n\(head)")
        }
        var report = GradeReport.error(id, .apiMismatch,
            "Your code compiles, but it does not fit what the tests expect:\n" + reasons.map { "  - \($0)" }.joined(separator: "\n"))
        report.diagnostics = []
        return GradeReportFailure(report: report)
    }
}
