import XCTest

final class AmdahlPublicTests: XCTestCase {
    /// Half the time made twice as fast: 1 / (0.5 + 0.25), about 1.33 overall.
    func testHalfTheTimeTwiceAsFast() {
        XCTAssertEqual(amdahlSpeedup(fraction: 0.5, speedup: 2), 1 / 0.75, accuracy: 1e-9, "overall = 1 / ((1 - p) + p / s)")
    }

    /// However fast a hot path of 75% gets, the whole is at most 4 times faster.
    func testTheCeilingOfThreeQuarters() {
        XCTAssertEqual(speedupCeiling(fraction: 0.75), 4, accuracy: 1e-9, "1 / (1 - 0.75)")
    }

    /// Two hot paths sped up at once share the original running time.
    func testTwoHotPathsAtOnce() {
        let parts = [HotPath(name: "parse", fraction: 0.5, speedup: 2), HotPath(name: "encode", fraction: 0.25, speedup: 5)]
        XCTAssertEqual(combinedSpeedup(parts), 1 / (0.25 + 0.25 + 0.05), accuracy: 1e-9, "1 / ((1 - 0.75) + 0.5 / 2 + 0.25 / 5)")
    }
}
