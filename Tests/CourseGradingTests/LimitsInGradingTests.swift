@testable import CourseGrading
@testable import CourseModel
import Foundation
import XCTest

/// The grader reads its limits from `Limits.standard`, never from literals of its own.
final class LimitsInGradingTests: XCTestCase {
    func testHarnessAndOutputLimitsComeFromLimits() {
        XCTAssertEqual(HarnessLimits(cpuSeconds: 1).fileSizeBytes, Limits.standard.fileSizeBytes)
        XCTAssertEqual(TestOutput.maximumPerTest, Limits.standard.outputCharactersPerTest)
        XCTAssertEqual(ReportLimits.perTest, Limits.standard.outputCharactersPerTest)
        XCTAssertEqual(ReportLimits.perReport, Limits.standard.reportCharacters)
        XCTAssertEqual(TestRun.killAfterOutputBytes, Limits.standard.killAfterTestOutputBytes)
        XCTAssertEqual(TestRun.keepOutputBytes, Limits.standard.keptTestOutputBytes)
    }

    func testCompilesAreLimitedByTheOneCompileTimeout() {
        let plan = BuildPlan(work: URL(fileURLWithPath: "/tmp/w"), settings: ExerciseSettings(title: "T", hints: ["h"]),
                             toolchain: Toolchain(swiftc: "/usr/bin/swiftc", clang: "/usr/bin/clang", identity: "id"), supportFolder: nil)
        XCTAssertEqual(plan.compileLearner(supportSwift: []).timeout, Limits.standard.compileTimeout)
        XCTAssertEqual(plan.compileSuiteObject(suiteFiles: [], harnessFolder: "h").timeout, Limits.standard.compileTimeout)
        XCTAssertEqual(plan.linkRunner(suiteObject: "s", cObjects: [], harnessObject: "o").timeout, Limits.standard.compileTimeout)
        XCTAssertEqual(plan.compileC("a.c", index: 0)?.timeout, Limits.standard.cCompileTimeout)
    }
}
