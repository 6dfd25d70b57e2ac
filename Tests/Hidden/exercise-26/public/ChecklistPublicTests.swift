import XCTest

final class ChecklistPublicTests: XCTestCase {
    /// 17.1 periods is 18: after 17 the cost is not yet paid back.
    func testBreakEvenRoundsUp() {
        XCTAssertEqual(breakEven(cost: 171, savingPerPeriod: 10), 18, "171 / 10 is 17.1: round up")
        XCTAssertEqual(breakEven(cost: 170, savingPerPeriod: 10), 17, "an exact division needs no extra period")
    }

    /// Nobody has profiled the service: profile first, whatever else the answers say.
    func testAServiceNobodyProfiledIsProfiledFirst() {
        let answers = ChecklistAnswers(bottleneck: .notProfiled, meetsTargetAtRealisticLoad: false, triedHotPathExtension: true,
                                       rustExperiencedEngineers: 2, rewriteEstimateDollars: 1_000, monthlySavingDollars: 1_000)
        XCTAssertEqual(recommend(answers), Recommendation(action: .profileFirst, reasons: [.notProfiled]), "rule a comes first")
    }
}
