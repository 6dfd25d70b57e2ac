import CourseModel
import Foundation
import Synchronization

/// Everything about an exercise that grading reads from the course, read once per check.
public struct ExerciseInputs: Sendable {
    public var exercise: Exercise
    public var courseRoot: URL
    /// Absolute paths of the hidden suite's Swift files, sorted.
    public var suiteFiles: [String]
    public var suiteSources: [String]
    public var tests: [SuiteScanner.TestMethod]
    /// The tests written in the exercise's `public/` files (shipped to learners); the rest are hidden.
    public var publicTestIDs: Set<String>
    /// What the suite may see of the learner's module: the top-level names the starter declares (the
    /// learner's contract), plus the support files'. A helper of the reference solution is never
    /// required of a learner. Without a starter, the solution's names; without either, nil: the whole
    /// module is imported then.
    public var api: [SuiteScanner.Declaration]?
    public var supportFolder: String?
    public var supportSwift: [String]
    public var supportC: [String]
    /// Whether the contract extends a type at top level (`extension Array { func accumulate… }`). Such
    /// members are visible to the suite only through an import of the learner module, so a one-name anchor
    /// is compiled into it and imported by name (which also holds under `MemberImportVisibility`).
    public var extendsTypes = false
    /// The reference solution's text, when there is one.
    public var solutionSource: String?
    /// Whether a suite file imports the reference solution as a module (`ReferenceModule`).
    public var usesReference = false
    /// The seed of the generated test cases (`course check --seed N`), passed to the tests as `COURSE_SEED`.
    public var seed: UInt64 = ExerciseInputs.defaultSeed
    /// `validate`'s wrong solutions: one failing test is the whole answer, so the run stops after the first
    /// run that has one (no test re-run alone, no crash located). Part of the report cache's key.
    public var oneFailureSuffices = false
    /// Whether a generated case's failure is shrunk to its smallest form (off: `COURSE_SHRINK=off`, the first
    /// failing case as generated). Part of the report cache's key.
    public var shrinks = true
    /// The seed when none is given: every check of the same file gives the same verdict.
    public static let defaultSeed: UInt64 = 1
    /// Every hidden file's path and bytes, for the cache key.
    public var fingerprintFiles: [(String, Data)]

    public init(course: Course, exercise: Exercise) {
        self.exercise = exercise
        self.courseRoot = course.root
        let fm = FileManager.default
        func files(_ relative: String, suffix: String) -> [String] {
            let folder = course.url(relative)
            let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            return names.filter { $0.hasSuffix(suffix) }.map { folder.appendingPathComponent($0).path }
        }
        let publicFiles = files(exercise.publicTestsPath, suffix: ".swift")
        suiteFiles = files(exercise.suitePath, suffix: ".swift") + publicFiles
        suiteSources = suiteFiles.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }
        let support = ExerciseSupport(course: course, exercise: exercise)
        supportFolder = support.folder
        supportSwift = support.swift
        supportC = support.c
        let solution = try? String(contentsOf: course.url(exercise.solutionPath), encoding: .utf8)
        solutionSource = solution
        let starter = try? String(contentsOf: course.url(exercise.starterPath), encoding: .utf8)
        let scan = SourceScan.of(SourceScan.Texts(
            suite: suiteSources, isPublic: suiteFiles.map { Set(publicFiles).contains($0) }, starter: starter, solution: solution,
            support: supportSwift.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }, imported: exercise.settings.source != nil))
        tests = scan.tests
        publicTestIDs = scan.publicTestIDs
        usesReference = scan.usesReference
        extendsTypes = scan.extendsTypes
        api = scan.api
        var fingerprint: [(String, Data)] = []
        if let enumerator = fm.enumerator(atPath: course.url(exercise.hiddenPath).path) {
            var paths: [String] = []
            while let next = enumerator.nextObject() as? String {
                if !next.hasPrefix("wrong") { paths.append(next) }  // the starter included: it decides the imports
            }
            for path in paths.sorted() {
                fingerprint.append((path, fm.contents(atPath: course.url(exercise.hiddenPath + "/" + path).path) ?? Data()))
            }
        }
        fingerprint.append(("solution", Data((solution ?? "").utf8)))
        fingerprintFiles = fingerprint
    }

    /// Whether a test (`Class/method`) is one learners can see.
    public func isPublic(_ testID: String) -> Bool { publicTestIDs.contains(testID) }

    /// Whether a suite file (an absolute path from `suiteFiles`) is one of the public files learners have.
    public func isPublicFile(_ path: String) -> Bool {
        URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent == "public"
    }

    /// How a suite file is named in diagnostics: `public/…` for a file learners have, `hidden/…` otherwise.
    public func suiteLabel(_ path: String) -> String {
        let folder = isPublicFile(path) ? "public" : "hidden"
        return folder + "/" + URL(fileURLWithPath: path).lastPathComponent
    }

    /// The import lines put in front of each suite file: only the exercise's API is visible,
    /// so a learner's look-alike of an XCTest name can never shadow the real one.
    public var importPrelude: String {
        guard let api else { return "@testable import \(BuildPlan.learnerModule)\n" }
        let anchor = extendsTypes ? "@testable import enum \(BuildPlan.learnerModule).\(Self.anchorName)\n" : ""
        return api.map { "@testable import \($0.importKind) \(BuildPlan.learnerModule).\($0.name)\n" }.joined() + anchor
    }

    /// The name of the anchor compiled into the learner module when the contract extends types.
    public static let anchorName = "CourseModuleAnchor"
    public static let anchorSource = "/// Lets the suite import this module by name, which makes extension members visible.\nenum \(anchorName) {}\n"

    /// The declarations whose names the suite's code mentions.
    static func used(by suite: [String], among declarations: [SuiteScanner.Declaration]) -> [SuiteScanner.Declaration] {
        let words = Set(suite.flatMap { SwiftTokenizer.tokens($0).map(\.text) })
        return declarations.filter { words.contains($0.name) }
    }

    static func declaresExtension(_ source: String) -> Bool {
        var depth = 0
        for token in SwiftTokenizer.tokens(source) {
            switch token.text {
            case "{": depth += 1
            case "}": depth = max(0, depth - 1)
            case "extension" where depth == 0: return true
            default: break
            }
        }
        return false
    }

    /// A suite file as the grader compiles it: an imported suite's import of its track module handled
    /// (`suite_module`), every line where it was.
    public func scratchText(of source: String) -> String {
        guard let module = exercise.settings.suiteModule else { return source }
        let types = Set((api ?? []).filter { $0.importKind == "typealias" || $0.importKind == "protocol" }.map(\.name))
        return SuiteModuleImport.rewrite(source, module: module, learnerModule: BuildPlan.learnerModule, contractTypes: types)
    }
}

/// What `ExerciseInputs` reads out of the sources (tests, the contract), a function of their texts alone, so
/// it is worked out once per set of texts in a process: `validate` and `grade` read one exercise's sources for
/// every grading, and tokenizing the suites each time was about 1 % of a validate.
struct SourceScan: Sendable {
    struct Texts: Hashable, Sendable {
        var suite: [String]
        var isPublic: [Bool]
        var starter: String?
        var solution: String?
        var support: [String]
        var imported: Bool
    }

    var tests: [SuiteScanner.TestMethod]
    var publicTestIDs: Set<String>
    var usesReference: Bool
    var extendsTypes: Bool
    var api: [SuiteScanner.Declaration]?

    private static let known = Mutex<[Texts: SourceScan]>([:])

    static func of(_ texts: Texts) -> SourceScan {
        if let scan = known.withLock({ $0[texts] }) { return scan }
        let scan = SourceScan(texts)
        known.withLock { if $0.count > 256 { $0.removeAll() }; $0[texts] = scan }
        return scan
    }

    private init(_ texts: Texts) {
        tests = SuiteScanner.testMethods(in: texts.suite) + SwiftTestingScanner.tests(in: texts.suite)
        let publicSources = zip(texts.suite, texts.isPublic).filter(\.1).map(\.0)
        publicTestIDs = Set((SuiteScanner.testMethods(in: publicSources) + SwiftTestingScanner.tests(in: publicSources)).map(\.id))
        usesReference = texts.suite.contains(where: ReferenceModule.isImported(by:))
        extendsTypes = false
        guard let contract = texts.starter ?? texts.solution else {
            api = nil
            return
        }
        var declarations = SuiteScanner.topLevelDeclarations(in: contract)
        extendsTypes = ExerciseInputs.declaresExtension(contract)
        if texts.imported, let solution = texts.solution {
            // Imported: a track's stub is often empty, so the contract is also what the suite uses of the solution.
            declarations += ExerciseInputs.used(by: texts.suite, among: SuiteScanner.topLevelDeclarations(in: solution))
                .filter { !declarations.contains($0) }
            extendsTypes = extendsTypes || ExerciseInputs.declaresExtension(texts.solution ?? "")
        }
        for source in texts.support {
            for declaration in SuiteScanner.topLevelDeclarations(in: source) where !declarations.contains(declaration) {
                declarations.append(declaration)
            }
        }
        api = declarations
    }
}
