import XCTest

final class SpeedupVersusNoiseTests: XCTestCase {
    func testMedianOfAnOddSizedSampleIsTheMiddleValue() {
        XCTAssertEqual(medianOf([12, 3, 7]), 7, "sorted [3, 7, 12]: the middle value is 7")
    }

    func testMedianOfAnEvenSizedSampleIsTheMeanOfTheTwoMiddleValues() {
        XCTAssertEqual(medianOf([20, 8, 12, 10]), 11,
                       "sorted [8, 10, 12, 20]: the median is (10 + 12) / 2 = 11, not 10 or 12")
    }

    func testAClearlyFasterCandidateIsFasterWithTheRatioOfMedians() {
        let result = compare(baseline: [10.8, 10.0, 10.5, 11.0, 10.2],
                             candidate: [5.3, 5.0, 5.1, 5.2, 5.05])
        XCTAssertEqual(result.verdict, .faster,
                       "candidate range 5.0...5.3 lies wholly below baseline range 10.0...11.0: that is faster")
        XCTAssertEqual(result.speedup, 10.5 / 5.1, accuracy: 1e-9,
                       "speedup is baseline median / candidate median = 10.5 / 5.1")
    }

    func testAClearlySlowerCandidateIsSlowerWithASpeedupBelowOne() {
        let result = compare(baseline: [4, 5, 6], candidate: [9, 10, 12])
        XCTAssertEqual(result.verdict, .slower,
                       "candidate range 9...12 lies wholly above baseline range 4...6: durations got longer, so slower")
        XCTAssertEqual(result.speedup, 0.5, accuracy: 1e-9,
                       "speedup is baseline median / candidate median = 5 / 10 = 0.5")
    }

    func testOverlappingRangesAreNoiseEvenWhenTheMediansDiffer() {
        let result = compare(baseline: [10.0, 10.1, 10.2, 14.0],
                             candidate: [9.0, 9.1, 9.2, 10.05])
        XCTAssertEqual(result.verdict, .noise,
                       "candidate max 10.05 is above baseline min 10.0, so the ranges overlap: that is noise, whatever the medians say")
        XCTAssertEqual(result.speedup, 10.15 / 9.15, accuracy: 1e-9,
                       "the speed-up is still reported: baseline median 10.15 / candidate median 9.15")
    }

    func testRangesThatOnlyTouchCountAsNoise() {
        XCTAssertEqual(compare(baseline: [10, 11, 12], candidate: [8, 9, 10]).verdict, .noise,
                       "candidate max 10 equals baseline min 10: touching ranges count as overlapping, so noise")
        XCTAssertEqual(compare(baseline: [8, 9, 10], candidate: [10, 11, 12]).verdict, .noise,
                       "baseline max 10 equals candidate min 10: touching ranges count as overlapping, so noise")
    }

    func testIdenticalSamplesAreNoiseWithASpeedupOfOne() {
        let result = compare(baseline: [3, 4, 5], candidate: [5, 4, 3])
        XCTAssertEqual(result.verdict, .noise, "the same timings in another order are noise")
        XCTAssertEqual(result.speedup, 1, accuracy: 1e-12, "equal medians give a speed-up of 1")
    }

    func testOneSlowOutlierDoesNotInflateTheSpeedup() {
        // One baseline run hit a page fault or a context switch: 100 instead of 10.
        let result = compare(baseline: [10, 10, 100, 10, 10], candidate: [5, 5, 5, 6, 5])
        XCTAssertEqual(result.verdict, .faster, "candidate range 5...6 lies wholly below baseline range 10...100")
        XCTAssertEqual(result.speedup, 2, accuracy: 1e-9,
                       "medians 10 and 5 give a speed-up of 2; means (28 and 5.2) would claim about 5.4x because of one outlier")
    }

    func testAnOutlierInTheCandidateDoesNotHideARealSpeedup() {
        let result = compare(baseline: [30, 31, 32, 33, 34], candidate: [10, 10, 10, 10, 29])
        XCTAssertEqual(result.verdict, .faster, "candidate range 10...29 lies wholly below baseline range 30...34")
        XCTAssertEqual(result.speedup, 3.2, accuracy: 1e-9,
                       "medians 32 and 10 give 3.2; the candidate mean (13.8) would understate it as about 2.3")
    }

    func testEvenSizedSamplesUseTheMeanOfTheTwoMiddleValues() {
        let result = compare(baseline: [8, 20, 10, 12], candidate: [7, 4, 7, 5])
        XCTAssertEqual(result.verdict, .faster, "candidate range 4...7 lies wholly below baseline range 8...20")
        XCTAssertEqual(result.speedup, 11.0 / 6.0, accuracy: 1e-9,
                       "baseline median (10 + 12) / 2 = 11, candidate median (5 + 7) / 2 = 6: speed-up 11 / 6")
    }

    func testRangesComeFromTheSmallestAndLargestTimingsNotTheFirstAndLast() {
        // Unsorted: the first and last runs are neither the fastest nor the slowest.
        let result = compare(baseline: [10.5, 10.0, 12.0, 10.2], candidate: [9.5, 10.1, 9.0])
        XCTAssertEqual(result.verdict, .noise,
                       "baseline runs span 10.0...12.0 and candidate runs 9.0...10.1: the candidate's slowest run (10.1) is slower than the baseline's fastest (10.0), so the ranges overlap: noise. Take min() and max(), not the first and last runs")
        XCTAssertEqual(result.speedup, 10.35 / 9.5, accuracy: 1e-9,
                       "baseline median (10.2 + 10.5) / 2 = 10.35, candidate median 9.5")
    }

    func testARangeInsideTheOtherIsNoise() {
        XCTAssertEqual(compare(baseline: [10, 11, 10.5], candidate: [20, 5, 12]).verdict, .noise,
                       "candidate runs span 5...20, which contains the whole baseline range 10...11: that overlaps, so noise (neither end of the candidate range falls inside the baseline range, but they still overlap)")
        XCTAssertEqual(compare(baseline: [5, 30, 12], candidate: [11, 9, 10]).verdict, .noise,
                       "candidate range 9...11 lies inside baseline range 5...30: that overlaps, so noise")
    }

    func testSingleRunSamplesCompareTheirOnlyValues() {
        XCTAssertEqual(medianOf([7]), 7, "the median of one sample is that sample")
        let result = compare(baseline: [10], candidate: [5])
        XCTAssertEqual(result.verdict, .faster, "one run each, 5 is wholly below 10: faster")
        XCTAssertEqual(result.speedup, 2, accuracy: 1e-12, "10 / 5 = 2")
        let same = compare(baseline: [10], candidate: [10])
        XCTAssertEqual(same.verdict, .noise, "one run each with the same value: the ranges touch, so noise")
    }
}
