@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Code that would change the test run itself rather than compute an answer is refused before any test
/// runs, in every sandbox mode: the learner's object is read with the toolchain's own llvm-objdump.
final class TamperingCodeTests: XCTestCase {
    typealias F = GradingFixtures

    /// Grades a fixture and checks it is refused, with every expected phrase in the message.
    func assertRefused(_ fixture: String, saying phrases: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let report = try F.stackReport(fixture)
        XCTAssertEqual(report.status, .error, file: file, line: line)
        XCTAssertEqual(report.errorKind, .forbiddenCode, report.message ?? "", file: file, line: line)
        XCTAssertEqual(report.tests, [], "no test runs", file: file, line: line)
        let message = report.message ?? ""
        XCTAssertTrue(message.hasPrefix("Exercises/exercise-2.swift compiles, but it cannot be graded: it "), message, file: file, line: line)
        for phrase in phrases {
            XCTAssertTrue(message.contains(phrase), "missing \"\(phrase)\" in: \(message)", file: file, line: line)
        }
    }

    func testDefiningTheCFunctionWriteIsRefused() throws {
        try assertRefused("attack-cdecl-write.swift", saying: ["defines a C symbol named `write`", "Rename or remove it."])
    }

    func testDefiningAnXCTestFunctionUnderItsMangledNameIsRefused() throws {
        try assertRefused("attack-silgen-xctest.swift", saying: ["defines `$s6XCTest14XCTAssertEqual", "belongs outside your file"])
    }

    func testAConstructorInInitArrayIsRefused() throws {
        try assertRefused("attack-init-array.swift", saying: ["puts code in the `.init_array` section", "earlyBird",
                                                               "runs before or after the tests"])
    }

    func testMembersAddedToStandardTypesAreRefused() throws {
        try assertRefused("attack-extension-shadow.swift", saying: ["adds `- infix(Int, Int)` to Swift.Int, a type your file does not declare",
                                                                     "adds `== infix(Int?, Int?)` to Swift.Optional"])
    }

    func testARetroactiveConformanceOfAStandardTypeIsRefused() throws {
        try assertRefused("attack-conformance.swift", saying: ["Swift.Double : Swift.ExpressibleByStringLiteral"])
    }

    func testLookingUpAndUnprotectingCodeIsRefused() throws {
        try assertRefused("attack-dlsym-mprotect.swift", saying: ["calls `dlopen`", "calls `dlsym`", "calls `mprotect`"])
    }

    /// The same member on a type the exercise allows is graded as usual.
    func testAnAllowedExtensionIsGraded() throws {
        let settings = ExerciseSettings(title: "t", hints: ["h"], allowExtensions: ["Int", "Optional"])
        XCTAssertNil(ObjectInspector.foreignProblem("$sSi10SubmissionE1soiyS2i_SitFZ",
                                                    demangled: "static (extension in Submission):Swift.Int.- infix(Swift.Int, Swift.Int) -> Swift.Int",
                                                    settings: settings))
        XCTAssertNotNil(ObjectInspector.foreignProblem("$sSd10SubmissionE10squareRootSdyF",
                                                       demangled: "(extension in Submission):Swift.Double.squareRoot() -> Swift.Double",
                                                       settings: settings))
    }

    /// A C name the exercise exports is allowed; any other is not.
    func testExportsAllowOnlyTheirOwnNames() {
        let settings = ExerciseSettings(title: "t", hints: ["h"], exports: ["course_sum"])
        let inspector = ObjectInspector(objdump: "/nonexistent", demangle: nil)
        let symbols = [
            ObjectInspector.Symbol(name: "course_sum", section: ".text.course_sum", isGlobal: true, isWeak: false, visibility: "protected"),
            ObjectInspector.Symbol(name: "write", section: ".text.write", isGlobal: true, isWeak: false, visibility: "default"),
            ObjectInspector.Symbol(name: "$s10Submission3sumyS2iF", section: ".text", isGlobal: true, isWeak: false, visibility: "default"),
            ObjectInspector.Symbol(name: "$sSaySiGWOh", section: ".text", isGlobal: false, isWeak: true, visibility: "hidden"),
            ObjectInspector.Symbol(name: "local_helper", section: ".text", isGlobal: false, isWeak: false, visibility: "default"),
        ]
        let problems = inspector.symbolProblems(symbols, settings: settings)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("defines a C symbol named `write`"), problems[0])
        XCTAssertTrue(problems[0].hasSuffix("This exercise exports only: course_sum."), problems[0])
    }

    /// The symbol table as llvm-objdump prints it, including hidden and protected visibility.
    func testObjdumpSymbolLinesParse() {
        let text = """
            Sections:
            Idx Name          Size     VMA              Type
              0               00000000 0000000000000000
              1 .text         000008ee 0000000000000000 TEXT
              2 .init_array   00000008 0000000000000000 DATA

            SYMBOL TABLE:
            0000000000000000 g     F .text.course_min_max\t0000000000000615 .protected course_min_max
            0000000000000000         *UND*\t0000000000000000 memset
            0000000000000000  w    O .data\t0000000000000008 .hidden $sSRySdGMD
            0000000000000000 l    df *ABS*\t0000000000000000 Submission.o
            """
        let (sections, symbols) = ObjectInspector.parse(text)
        XCTAssertEqual(sections, [".text", ".init_array"])
        XCTAssertEqual(symbols, [
            ObjectInspector.Symbol(name: "course_min_max", section: ".text.course_min_max", isGlobal: true, isWeak: false, visibility: "protected"),
            ObjectInspector.Symbol(name: "memset", section: "*UND*", isGlobal: false, isWeak: false, visibility: "default"),
            ObjectInspector.Symbol(name: "$sSRySdGMD", section: ".data", isGlobal: false, isWeak: true, visibility: "hidden"),
            ObjectInspector.Symbol(name: "Submission.o", section: "*ABS*", isGlobal: false, isWeak: false, visibility: "default"),
        ])
    }

    /// Every reference solution of the tiny course passes the inspection (a false refusal would block learners).
    func testTheTinyCourseSolutionsAreNotRefused() throws {
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        for exercise in course.exercises {
            let report = try TestSupport.grade(course: TestSupport.tinyCourse, exercise: exercise.id,
                                               submission: course.url(exercise.solutionPath))
            XCTAssertEqual(report.status, .pass, "\(exercise.id): \(report.message ?? "")")
        }
    }
}
