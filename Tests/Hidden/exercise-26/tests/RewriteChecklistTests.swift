import XCTest

final class BreakEvenTests: XCTestCase {
    func testAPartialPeriodCountsAsAWholeOne() {
        XCTAssertEqual(breakEven(cost: 120_000, savingPerPeriod: 7_000), 18,
                       "120,000 / 7,000 is about 17.1: after 17 months only 119,000 is saved, so it takes 18 months (round UP)")
        XCTAssertEqual(breakEven(cost: 100, savingPerPeriod: 30), 4,
                       "100 / 30 is about 3.3: 3 runs save 90, less than 100, so 4 runs (round UP, even when the fraction is small)")
        XCTAssertEqual(breakEven(cost: 1_000, savingPerPeriod: 600), 2,
                       "1,000 / 600 is about 1.67: 2 periods")
        XCTAssertEqual(breakEven(cost: 100, savingPerPeriod: 33), 4,
                       "3 periods save 99, one short of 100: a fourth period is needed (round UP even when 1 is missing)")
        XCTAssertEqual(breakEven(cost: 1, savingPerPeriod: 500), 1,
                       "a cost of 1 is paid back after 1 period, not 0")
        XCTAssertEqual(breakEven(cost: 5, savingPerPeriod: 1), 5,
                       "saving 1 per period, a cost of 5 takes 5 periods")
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
        XCTAssertEqual(breakEven(cost: -100, savingPerPeriod: 30), 0,
                       "a change that brings money in from the start (a cost of 0 or less) is paid back after 0 periods, never a negative number")
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
        XCTAssertEqual(r.reasons, [.notProfiled], "the only reason is that the service has not been profiled")
        let meetsButUnprofiled = recommend(answers(bottleneck: .notProfiled, meets: true))
        XCTAssertEqual(meetsButUnprofiled, Recommendation(action: .profileFirst, reasons: [.notProfiled]),
                       "rule a comes first: without a profile, the answer is profile first even if the service is said to meet its target")
    }

    func testAServiceThatMeetsItsTargetStaysAsItIs() {
        let r = recommend(answers(meets: true, tried: false, estimate: 1_000, saving: 50_000))
        XCTAssertEqual(r.action, .keepPython, "the service handles realistic load within target: stop there")
        XCTAssertEqual(r.reasons, [.alreadyMeetsTarget], "the only reason is that the target is already met")
        let ioButMeets = recommend(answers(bottleneck: .io, meets: true))
        XCTAssertEqual(ioButMeets.reasons, [.alreadyMeetsTarget],
                       "rule b comes before rule c: an I/O-bound service that meets its target is kept because it meets the target")
    }

    func testAnIOBoundServiceIsNotRewritten() {
        let r = recommend(answers(bottleneck: .io, tried: false, estimate: 1_000, saving: 50_000))
        XCTAssertEqual(r.action, .keepPython,
                       "when the time goes to database queries or the network, a faster language does not help")
        XCTAssertEqual(r.reasons, [.bottleneckIsIO], "the only reason is the I/O bottleneck")
    }

    func testTheHotPathExtensionComesBeforeARewrite() {
        for bottleneck in [Bottleneck.cpu, .memory] {
            let r = recommend(answers(bottleneck: bottleneck, tried: false, experienced: 4, estimate: 10_000, saving: 50_000))
            XCTAssertEqual(r.action, .extendHotPath,
                           "\(bottleneck)-bound and no native extension tried yet: try the hot path before a rewrite, even when the rewrite would pay back fast")
            XCTAssertEqual(r.reasons, [.hotPathExtensionNotTried], "the only reason is that the extension was not tried")
        }
        let newToRust = recommend(answers(tried: false, experienced: 0, estimate: 10_000, saving: 50_000))
        XCTAssertEqual(newToRust, Recommendation(action: .extendHotPath, reasons: [.hotPathExtensionNotTried]),
                       "the ramp-up is part of the rewrite's payback (rule e); an answer decided by rule d gives only its own reason")
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
        XCTAssertEqual(r.reasons, [.paysBackIn(months: 21), .rustRampUp(months: 3)],
                       "18 months of payback plus 3 months of ramp-up = 21; the payback reason comes first, the ramp-up after it")
        let late = recommend(answers(experienced: 0, estimate: 50_000, saving: 7_000))
        XCTAssertEqual(late.action, .keepPython,
                       "150,000 / 7,000 is 21.4, rounded up to 22 months, plus 3 of ramp-up = 25 months: beyond 24, keep Python")
        XCTAssertEqual(late.reasons, [.paysBackTooLate(months: 25), .rustRampUp(months: 3)],
                       "22 + 3 = 25 months; the payback reason first, then the ramp-up")
    }

    func testARewriteThatSavesNothingNeverPaysBack() {
        let r = recommend(answers(estimate: 40_000, saving: 0))
        XCTAssertEqual(r.action, .keepPython, "a rewrite with no monthly saving never pays for itself")
        XCTAssertEqual(r.reasons, [.neverPaysBack], "the reason should be that it never pays back")
    }

    func testOneRustEngineerIsEnoughToSkipTheRampUp() {
        let r = recommend(answers(experienced: 1, estimate: 40_000, saving: 7_000))
        XCTAssertEqual(r, Recommendation(action: .rewrite, reasons: [.paysBackIn(months: 18)]),
                       "the ramp-up applies only when NOBODY has Rust experience; with one experienced engineer it is 18 months, no ramp-up")
    }

    func testTheEstimateIsTrebledBeforeRoundingUp() {
        let r = recommend(answers(estimate: 45_000, saving: 7_000))
        XCTAssertEqual(r, Recommendation(action: .rewrite, reasons: [.paysBackIn(months: 20)]),
                       "3 × 45,000 = 135,000, and 135,000 / 7,000 ≈ 19.3 rounds up to 20 months; rounding 45,000 / 7,000 up to 7 first and then trebling gives 21")
    }

    func testARewriteThatNeverPaysBackNeedsNoRampUpReason() {
        let r = recommend(answers(experienced: 0, estimate: 40_000, saving: 0))
        XCTAssertEqual(r, Recommendation(action: .keepPython, reasons: [.neverPaysBack]),
                       "with no saving the rewrite never pays back, and that is the whole reason: a ramp-up added to 'never' changes nothing")
    }
}
