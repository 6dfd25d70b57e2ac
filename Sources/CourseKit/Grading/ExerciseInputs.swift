import CourseModel
import Foundation

/// Everything about an exercise that grading reads from the course, read once per check.
public struct ExerciseInputs {
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
    /// The reference solution's text, when there is one.
    public var solutionSource: String?
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
        tests = SuiteScanner.testMethods(in: suiteSources) + SwiftTestingScanner.tests(in: suiteSources)
        let publicSources = zip(suiteFiles, suiteSources).filter { Set(publicFiles).contains($0.0) }.map(\.1)
        publicTestIDs = Set((SuiteScanner.testMethods(in: publicSources) + SwiftTestingScanner.tests(in: publicSources)).map(\.id))
        var isDirectory: ObjCBool = false
        let support = course.url(exercise.supportPath).path
        supportFolder = fm.fileExists(atPath: support, isDirectory: &isDirectory) && isDirectory.boolValue ? support : nil
        supportSwift = supportFolder == nil ? [] : files(exercise.supportPath, suffix: ".swift")
        supportC = supportFolder == nil ? [] : files(exercise.supportPath, suffix: ".c")
        let solution = try? String(contentsOf: course.url(exercise.solutionPath), encoding: .utf8)
        solutionSource = solution
        let starter = try? String(contentsOf: course.url(exercise.starterPath), encoding: .utf8)
        if let contract = starter ?? solution {
            var declarations = SuiteScanner.topLevelDeclarations(in: contract)
            for path in supportSwift {
                let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                for declaration in SuiteScanner.topLevelDeclarations(in: source) where !declarations.contains(declaration) {
                    declarations.append(declaration)
                }
            }
            api = declarations
        } else {
            api = nil
        }
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

    /// How a suite file is named in diagnostics: `public/…` for a file learners have, `hidden/…` otherwise.
    public func suiteLabel(_ path: String) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent == "public" ? "public" : "hidden"
        return folder + "/" + URL(fileURLWithPath: path).lastPathComponent
    }

    /// The import lines put in front of each suite file: only the exercise's API is visible,
    /// so a learner's look-alike of an XCTest name can never shadow the real one.
    public var importPrelude: String {
        guard let api else { return "@testable import \(BuildPlan.learnerModule)\n" }
        return api.map { "@testable import \($0.importKind) \(BuildPlan.learnerModule).\($0.name)\n" }.joined()
    }
}
