import XCTest

final class BreakEvenTests: XCTestCase {
    func testAPartialPeriodCountsAsAWholeOne() {
        XCTAssertEqual(breakEven(cost: 120_000, savingPerPeriod: 7_000), 18,
                       "120,000 / 7,000 is about 17.1: after 17 months only 119,000 is saved, so it takes 18 months (round UP)")
        XCTAssertEqual(breakEven(cost: 100, savingPerPeriod: 30), 4,
                       "100 / 30 is about 3.3: 3 runs save 90, less than 100, so 4 runs (round UP, even when the fraction is small)")
        XCTAssertEqual(breakEven(cost: 1_000, savingPerPeriod: 600), 2,
                       "1,000 / 600 is about 1.67: 2 periods")
    }

    func testAnExactDivisionNeedsNoExtraPeriod() {
        XCTAssertEqual(breakEven(cost: 100, savingPerPeriod: 25), 4,
                       "100 / 25 is exactly 4: after 4 periods the cost is paid back, no fifth period needed")
        XCTAssertEqual(breakEven(cost: 168_000, savingPerPeriod: 7_000), 24,
                       "168,000 / 7,000 is exactly 24")
    }

    func testNothingToPayBackAndNothingSaved() {
        XCTAssertEqual(breakEven(cost: 0, savingPerPeriod: 500), 0,
                       "a change that costs nothing is paid back after 0 periods")
        XCTAssertNil(breakEven(cost: 10_000, savingPerPeriod: 0),
                     "a change that saves nothing never pays back: nil")
        XCTAssertNil(breakEven(cost: 10_000, savingPerPeriod: -200),
                     "a change that costs more every period never pays back: nil")
    }
}

final class RewriteChecklistTests: XCTestCase {
    private func answers(bottleneck: Bottleneck = .cpu, meets: Bool = false, tried: Bool = true,
                         experienced: Int = 2, estimate: Int = 40_000, saving: Int = 7_000) -> ChecklistAnswers {
        ChecklistAnswers(bottleneck: bottleneck, meetsTargetAtRealisticLoad: meets, triedHotPathExtension: tried,
                         rustExperiencedEngineers: experienced, rewriteEstimateDollars: estimate, monthlySavingDollars: saving)
    }

    func testNoProfileMeansProfileFirst() {
        let r = recommend(answers(bottleneck: .notProfiled, tried: false, experienced: 5, estimate: 1_000, saving: 50_000))
        XCTAssertEqual(r.action, .profileFirst,
                       "without a profile nobody knows what to speed up, however cheap the rewrite looks: profile first")
        XCTAssertTrue(r.reasons.contains(.notProfiled), "the reasons should say the service has not been profiled; got \(r.reasons)")
    }

    func testAServiceThatMeetsItsTargetStaysAsItIs() {
        let r = recommend(answers(meets: true, tried: false, estimate: 1_000, saving: 50_000))
        XCTAssertEqual(r.action, .keepPython, "the service handles realistic load within target: stop there")
        XCTAssertTrue(r.reasons.contains(.alreadyMeetsTarget), "the reasons should say the target is already met; got \(r.reasons)")
    }

    func testAnIOBoundServiceIsNotRewritten() {
        let r = recommend(answers(bottleneck: .io, tried: false, estimate: 1_000, saving: 50_000))
        XCTAssertEqual(r.action, .keepPython,
                       "when the time goes to database queries or the network, a faster language does not help")
        XCTAssertTrue(r.reasons.contains(.bottleneckIsIO), "the reasons should name the I/O bottleneck; got \(r.reasons)")
    }

    func testTheHotPathExtensionComesBeforeARewrite() {
        for bottleneck in [Bottleneck.cpu, .memory] {
            let r = recommend(answers(bottleneck: bottleneck, tried: false, experienced: 4, estimate: 10_000, saving: 50_000))
            XCTAssertEqual(r.action, .extendHotPath,
                           "\(bottleneck)-bound and no native extension tried yet: try the hot path before a rewrite, even when the rewrite would pay back fast")
            XCTAssertTrue(r.reasons.contains(.hotPathExtensionNotTried), "the reasons should say the extension was not tried; got \(r.reasons)")
        }
    }

    func testARewriteThatPaysBackWithinTwoYearsIsRecommended() {
        let r = recommend(answers(estimate: 40_000, saving: 7_000))
        XCTAssertEqual(r.action, .rewrite,
                       "estimate 40,000 x 3 = 120,000, paid back by 7,000 a month in 18 months (within 24): rewrite")
        XCTAssertEqual(r.reasons, [.paysBackIn(months: 18)],
                       "120,000 / 7,000 is 17.1 months, rounded UP to 18; the team has Rust experience, so no ramp-up")
    }

    func testTheEstimateIsMultipliedByThree() {
        let r = recommend(answers(estimate: 70_000, saving: 7_000))
        XCTAssertEqual(r.action, .keepPython,
                       "the team says 70,000, the realistic cost is 3 x 70,000 = 210,000: 30 months to pay back, more than 24")
        XCTAssertEqual(r.reasons, [.paysBackTooLate(months: 30)], "210,000 / 7,000 = 30 months")
    }

    func testTwentyFourMonthsExactlyStillCounts() {
        let r = recommend(answers(estimate: 56_000, saving: 7_000))
        XCTAssertEqual(r.action, .rewrite, "3 x 56,000 = 168,000, paid back in exactly 24 months: still within the horizon")
        XCTAssertEqual(r.reasons, [.paysBackIn(months: 24)], "168,000 / 7,000 = 24 months")
    }

    func testATeamWithoutRustExperienceAddsThreeMonths() {
        let r = recommend(answers(experienced: 0, estimate: 40_000, saving: 7_000))
        XCTAssertEqual(r.action, .rewrite, "18 months plus a 3-month ramp-up is 21 months, within 24: rewrite")
        XCTAssertTrue(r.reasons.contains(.paysBackIn(months: 21)), "18 months of payback plus 3 months of ramp-up = 21; got \(r.reasons)")
        XCTAssertTrue(r.reasons.contains(.rustRampUp(months: 3)), "the reasons should mention the 3-month ramp-up; got \(r.reasons)")
        let late = recommend(answers(experienced: 0, estimate: 50_000, saving: 7_000))
        XCTAssertEqual(late.action, .keepPython,
                       "150,000 / 7,000 is 21.4, rounded up to 22 months, plus 3 of ramp-up = 25 months: beyond 24, keep Python")
        XCTAssertTrue(late.reasons.contains(.paysBackTooLate(months: 25)), "22 + 3 = 25 months; got \(late.reasons)")
    }

    func testARewriteThatSavesNothingNeverPaysBack() {
        let r = recommend(answers(estimate: 40_000, saving: 0))
        XCTAssertEqual(r.action, .keepPython, "a rewrite with no monthly saving never pays for itself")
        XCTAssertEqual(r.reasons, [.neverPaysBack], "the reason should be that it never pays back")
    }
}
