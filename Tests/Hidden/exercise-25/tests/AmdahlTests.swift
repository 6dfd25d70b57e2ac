import XCTest

final class AmdahlTests: XCTestCase {
    func testNinetyPercentMadeTenTimesFasterGivesAboutFiveTimes() {
        XCTAssertEqual(amdahlSpeedup(fraction: 0.9, speedup: 10), 1 / (0.1 + 0.09), accuracy: 1e-9,
                       "90% of the time made 10x faster: 1 / (0.1 + 0.9/10) = 1 / 0.19, about 5.26x overall, not 9x and not 10x")
    }

    func testASmallHotPathBarelyMovesTheWhole() {
        XCTAssertEqual(amdahlSpeedup(fraction: 0.25, speedup: 4), 1 / (0.75 + 0.0625), accuracy: 1e-9,
                       "25% of the time made 4x faster: 1 / (0.75 + 0.25/4), about 1.23x; the untouched 75% dominates")
        XCTAssertEqual(amdahlSpeedup(fraction: 0.8, speedup: 30), 1 / (0.2 + 0.8 / 30), accuracy: 1e-9,
                       "80% made 30x faster: 1 / (0.2 + 0.8/30), about 4.41x")
    }

    func testTheEdgesOfTheFormula() {
        XCTAssertEqual(amdahlSpeedup(fraction: 0, speedup: 50), 1, accuracy: 1e-9,
                       "speeding up 0% of the running time changes nothing: overall 1x")
        XCTAssertEqual(amdahlSpeedup(fraction: 1, speedup: 50), 50, accuracy: 1e-9,
                       "speeding up 100% of the running time 50x gives 50x overall")
        XCTAssertEqual(amdahlSpeedup(fraction: 0.6, speedup: 1), 1, accuracy: 1e-9,
                       "a 'speed-up' of 1x is no change, whatever the fraction")
    }

    func testTheOverallSpeedupNeverExceedsThePartsSpeedup() {
        for p in [0.1, 0.3, 0.5, 0.7, 0.95] {
            for s in [1.5, 2.0, 10.0, 100.0] {
                let overall = amdahlSpeedup(fraction: p, speedup: s)
                XCTAssertLessThanOrEqual(overall, s + 1e-9,
                                         "p=\(p), s=\(s): the whole cannot get faster than its fastest part (got \(overall))")
                XCTAssertGreaterThanOrEqual(overall, 1 - 1e-9,
                                            "p=\(p), s=\(s): making part of the work faster cannot make the whole slower (got \(overall))")
            }
        }
    }

    func testTheCeilingIsOneOverTheUntouchedFraction() {
        XCTAssertEqual(speedupCeiling(fraction: 0.6), 2.5, accuracy: 1e-9,
                       "if 40% of the time is untouched, even an infinitely fast hot path gives at most 1 / 0.4 = 2.5x")
        XCTAssertEqual(speedupCeiling(fraction: 0.9), 10, accuracy: 1e-9,
                       "with 90% in the hot path the ceiling is 1 / 0.1 = 10x")
        XCTAssertEqual(speedupCeiling(fraction: 0), 1, accuracy: 1e-9,
                       "with nothing in the hot path the ceiling is 1x")
        XCTAssertEqual(speedupCeiling(fraction: 1), .infinity,
                       "when all the time is in the hot path there is no ceiling: Double.infinity")
    }

    func testTheHotPathSpeedupNeededForAnOverallTarget() {
        guard let s = requiredHotPathSpeedup(fraction: 0.8, overall: 4) else {
            return XCTFail("80% in the hot path can reach 4x overall (the ceiling is 5x), so the answer must not be nil")
        }
        XCTAssertEqual(s, 16, accuracy: 1e-9,
                       "to get 4x overall with p = 0.8: 1/4 = 0.2 + 0.8/s, so s = 0.8 / 0.05 = 16")
        XCTAssertEqual(amdahlSpeedup(fraction: 0.8, speedup: s), 4, accuracy: 1e-9,
                       "the required speed-up, put back into Amdahl's law, must give the requested overall speed-up")
        guard let half = requiredHotPathSpeedup(fraction: 0.5, overall: 1.5) else {
            return XCTFail("50% in the hot path can reach 1.5x overall (the ceiling is 2x), so the answer must not be nil")
        }
        XCTAssertEqual(half, 3, accuracy: 1e-9, "1/1.5 = 0.5 + 0.5/s gives s = 3")
    }

    func testAnOverallTargetAtOrAboveTheCeilingIsUnreachable() {
        XCTAssertNil(requiredHotPathSpeedup(fraction: 0.75, overall: 4),
                     "with p = 0.75 the ceiling is exactly 4x, reached only by an infinitely fast hot path: nil")
        XCTAssertNil(requiredHotPathSpeedup(fraction: 0.5, overall: 3),
                     "with p = 0.5 the ceiling is 2x, so 3x overall is impossible: nil")
        XCTAssertNil(requiredHotPathSpeedup(fraction: 0.6, overall: 14),
                     "14x overall (the article's Rust-versus-FastAPI figure) is out of reach when only 60% of the time is in the hot path (ceiling 2.5x): nil")
    }

    func testAnOverallTargetOfOneNeedsNoSpeedup() {
        guard let s = requiredHotPathSpeedup(fraction: 0.5, overall: 1) else {
            return XCTFail("an overall target of 1x (no change) is reachable, so the answer must not be nil")
        }
        XCTAssertEqual(s, 1, accuracy: 1e-9, "to stay at 1x overall the hot path needs a speed-up of 1x")
    }

    func testCombinedHotPathsShareTheOriginalRunningTime() {
        let parse = HotPath(name: "parse", fraction: 0.3, speedup: 10)
        let score = HotPath(name: "score", fraction: 0.5, speedup: 4)
        XCTAssertEqual(combinedSpeedup([parse, score]), 1 / (0.2 + 0.03 + 0.125), accuracy: 1e-9,
                       "parse (30%, 10x) and score (50%, 4x) together: 1 / (0.2 untouched + 0.3/10 + 0.5/4) = 1 / 0.355, about 2.82x; multiplying the two single speed-ups (1.37 × 1.6 ≈ 2.19) is wrong, because both fractions are shares of the ORIGINAL time")
        XCTAssertEqual(combinedSpeedup([score, parse]), 1 / (0.2 + 0.03 + 0.125), accuracy: 1e-9,
                       "the order in which the parts are listed does not matter")
    }

    func testCombinedHotPathsCoveringAllTheTime() {
        let halves = [HotPath(name: "a", fraction: 0.5, speedup: 2), HotPath(name: "b", fraction: 0.5, speedup: 4)]
        XCTAssertEqual(combinedSpeedup(halves), 1 / (0.25 + 0.125), accuracy: 1e-9,
                       "two halves made 2x and 4x faster: 1 / (0 untouched + 0.25 + 0.125), about 2.67x (not the average speed-up, 3x)")
    }

    func testCombinedSpeedupOfOnePartOrNoneMatchesAmdahl() {
        XCTAssertEqual(combinedSpeedup([]), 1, accuracy: 1e-12, "speeding up nothing leaves the program as it was: 1x")
        XCTAssertEqual(combinedSpeedup([HotPath(name: "loop", fraction: 0.9, speedup: 10)]),
                       1 / (0.1 + 0.09), accuracy: 1e-9,
                       "one hot path is plain Amdahl: 90% made 10x faster gives 1 / 0.19")
        XCTAssertEqual(combinedSpeedup([HotPath(name: "io", fraction: 0.4, speedup: 1),
                                        HotPath(name: "cpu", fraction: 0.2, speedup: 2)]),
                       1 / (0.4 + 0.4 + 0.1), accuracy: 1e-9,
                       "a part made 1x faster changes nothing: 1 / (0.4 untouched + 0.4 + 0.2/2) = 1 / 0.9")
    }

    func testTheBestHotPathIsNotTheFastestExtension() {
        let parser = HotPath(name: "parser", fraction: 0.1, speedup: 50)
        let scoring = HotPath(name: "scoring", fraction: 0.6, speedup: 4)
        XCTAssertEqual(bestHotPath([parser, scoring])?.name, "scoring",
                       "parser: 10% made 50x faster gives about 1.11x overall; scoring: 60% made 4x faster gives about 1.82x. The larger share wins over the bigger raw speed-up")
    }

    func testTheBestHotPathIsNotSimplyTheLargestFraction() {
        let big = HotPath(name: "render", fraction: 0.5, speedup: 1.2)
        let small = HotPath(name: "hash", fraction: 0.4, speedup: 10)
        XCTAssertEqual(bestHotPath([big, small])?.name, "hash",
                       "render: 50% made 1.2x faster gives about 1.09x; hash: 40% made 10x faster gives about 1.56x. Compare the overall speed-ups, not the fractions alone")
        XCTAssertEqual(bestHotPath([small, big])?.name, "hash", "the same candidates in the other order: still hash")
    }

    func testOnATieTheFirstListedHotPathWins() {
        let first = HotPath(name: "first", fraction: 0.5, speedup: 2)      // new time 0.5 + 0.25 = 0.75
        let second = HotPath(name: "second", fraction: 0.375, speedup: 3)  // new time 0.625 + 0.125 = 0.75
        XCTAssertEqual(bestHotPath([first, second])?.name, "first",
                       "both give exactly 1/0.75 ≈ 1.33x overall: on a tie, keep the one listed first")
        XCTAssertEqual(bestHotPath([second, first])?.name, "second",
                       "the same tie in the other order: the one listed first (now second) wins")
    }

    func testBestHotPathOfOneCandidateOrNone() {
        XCTAssertNil(bestHotPath([]), "no candidates, no best hot path: nil")
        let only = HotPath(name: "only", fraction: 0.2, speedup: 1)
        XCTAssertEqual(bestHotPath([only]), only, "a single candidate is the best one, even if it gains nothing")
    }
}
