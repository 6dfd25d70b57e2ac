import XCTest

final class PalettePublicTests: XCTestCase {
    /// A copy of a palette gets its own list: adding to the copy leaves the original as it was.
    func testACopiedPaletteHasItsOwnList() {
        let original = Palette(name: "a", swatches: [Swatch(name: "one", brightness: 10), Swatch(name: "two", brightness: 20)])
        var copy = original
        copy.add(Swatch(name: "three", brightness: 30))
        XCTAssertEqual(original.swatches.map(\.name), ["one", "two"],
                       "like `var b = a; b.append(3)` on an Array, adding to the copy must not change the original palette")
        XCTAssertEqual(copy.swatches.map(\.name), ["one", "two", "three"], "the copy has the added swatch at its end")
    }

    /// Dimming a copy stops at 0 (30 dimmed by 30 is 0, and so is 5) and leaves the original alone.
    func testDimmingACopyStopsAtZero() {
        let palette = Palette(name: "dusk", swatches: [Swatch(name: "x", brightness: 30), Swatch(name: "y", brightness: 5)])
        var copy = palette
        copy.dim(by: 30)
        XCTAssertEqual(copy.swatches.map(\.brightness), [0, 0], "a brightness never goes below 0")
        XCTAssertEqual(palette.swatches.map(\.brightness), [30, 5], "dimming the copy must not dim the original's swatches")
    }

    /// `dimmed(by:)` returns a dimmed copy and leaves the palette it was called on alone.
    func testDimmedLeavesTheOriginalAlone() {
        let palette = Palette(name: "noon", swatches: [Swatch(name: "sun", brightness: 50)])
        let darker = palette.dimmed(by: 10)
        XCTAssertEqual(darker.swatches.map(\.brightness), [40], "the copy is dimmed by 10")
        XCTAssertEqual(palette.swatches.map(\.brightness), [50], "the palette dimmed(by:) was called on keeps its brightness")
    }
}
