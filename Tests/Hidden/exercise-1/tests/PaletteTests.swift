import XCTest

final class PaletteTests: XCTestCase {
    private func sunset() -> Palette {
        Palette(name: "sunset", swatches: [
            Swatch(name: "red", brightness: 80),
            Swatch(name: "orange", brightness: 30),
            Swatch(name: "gold", brightness: 5),
        ])
    }

    private func names(_ palette: Palette) -> [String] { palette.swatches.map { $0.name } }
    private func levels(_ palette: Palette) -> [Int] { palette.swatches.map { $0.brightness } }

    func testAddingToACopyLeavesTheOriginalUntouched() {
        var original = sunset()
        var copy = original
        copy.add(Swatch(name: "purple", brightness: 60))
        XCTAssertEqual(names(original), ["red", "orange", "gold"],
                       "after `var copy = original`, adding a swatch to `copy` must not change `original`: Palette should be a value (struct), not a shared object (class)")
        XCTAssertEqual(names(copy), ["red", "orange", "gold", "purple"],
                       "add(_:) must put the new swatch at the end of the copy's list")
        original.name = "dawn"
        XCTAssertEqual(copy.name, "sunset", "renaming the original must not rename the copy")
        XCTAssertEqual(original.name, "dawn", "the original keeps its new name")
        original.add(Swatch(name: "pink", brightness: 70))
        XCTAssertEqual(names(copy), ["red", "orange", "gold", "purple"],
                       "adding a swatch to the original must not change the copy either")
    }

    func testChangingASwatchOfACopyLeavesTheOriginalsSwatchUntouched() {
        let original = sunset()
        var copy = original
        copy.swatches[0].brightness = 10
        copy.swatches[2].name = "amber"
        XCTAssertEqual(levels(original), [80, 30, 5],
                       "changing the brightness of a swatch in the copy changed the original's swatch too: the swatches are still shared objects. Swatch must be a value (struct) as well, so that copying a palette copies its swatches")
        XCTAssertEqual(names(original), ["red", "orange", "gold"],
                       "renaming a swatch in the copy must not rename the original's swatch")
        XCTAssertEqual(levels(copy), [10, 30, 5], "the copy keeps the brightness it was given")
        XCTAssertEqual(names(copy), ["red", "orange", "amber"], "the copy keeps the name it was given")
    }

    func testASwatchPutIntoAPaletteIsThePalettesOwnCopy() {
        var teal = Swatch(name: "teal", brightness: 40)
        var palette = Palette(name: "sea", swatches: [teal])
        teal.brightness = 0
        teal.name = "black"
        XCTAssertEqual(levels(palette), [40],
                       "changing a swatch variable after passing it to Palette(name:swatches:) must not change the palette: the palette holds its own copy")
        XCTAssertEqual(names(palette), ["teal"], "the palette's swatch keeps the name it had when it was stored")
        var foam = Swatch(name: "foam", brightness: 90)
        palette.add(foam)
        foam.brightness = 1
        XCTAssertEqual(levels(palette), [40, 90],
                       "changing a swatch variable after add(_:) must not change the swatch inside the palette")
        palette.swatches[1].brightness = 55
        XCTAssertEqual(foam.brightness, 1, "changing the palette's swatch must not change the variable it was copied from")
    }

    func testAddPutsEachSwatchAtTheEndInOrder() {
        var palette = Palette(name: "empty", swatches: [])
        palette.add(Swatch(name: "ink", brightness: 10))
        palette.add(Swatch(name: "paper", brightness: 95))
        palette.add(Swatch(name: "rust", brightness: 45))
        XCTAssertEqual(names(palette), ["ink", "paper", "rust"],
                       "three add(_:) calls on an empty palette must give the swatches in the order they were added")
        XCTAssertEqual(levels(palette), [10, 95, 45], "each added swatch keeps its brightness")
        XCTAssertEqual(palette.name, "empty", "add(_:) must not change the palette's name")
    }

    func testDimLowersEverySwatchAndStopsAtZero() {
        var palette = Palette(name: "mixed", swatches: [
            Swatch(name: "a", brightness: 80),
            Swatch(name: "b", brightness: 30),
            Swatch(name: "c", brightness: 29),
            Swatch(name: "d", brightness: 5),
            Swatch(name: "e", brightness: 0),
            Swatch(name: "f", brightness: 31),
        ])
        palette.dim(by: 30)
        XCTAssertEqual(levels(palette), [50, 0, 0, 0, 0, 1],
                       "dim(by: 30) must lower each brightness by 30 and stop at 0: [80, 30, 29, 5, 0, 31] becomes [50, 0, 0, 0, 0, 1]. If nothing changed, the loop changed copies of the swatches, not the swatches in the array")
        XCTAssertEqual(names(palette), ["a", "b", "c", "d", "e", "f"], "dim(by:) must keep every swatch, in order, with its name")
        palette.dim(by: 20)
        XCTAssertEqual(levels(palette), [30, 0, 0, 0, 0, 0],
                       "a second dim(by: 20) must lower the already dimmed values again: [50, 0, 0, 0, 0, 1] becomes [30, 0, 0, 0, 0, 0]")
        palette.dim(by: 0)
        XCTAssertEqual(levels(palette), [30, 0, 0, 0, 0, 0], "dim(by: 0) changes nothing")
    }

    func testDimChangesOnlyThePaletteItIsCalledOn() {
        let original = sunset()
        var copy = original
        copy.dim(by: 10)
        XCTAssertEqual(levels(copy), [70, 20, 0], "dim(by: 10) on [80, 30, 5] gives [70, 20, 0]")
        XCTAssertEqual(levels(original), [80, 30, 5],
                       "dimming a copy must leave the original's swatches as they were")
    }

    func testDimmedReturnsADimmedCopyAndLeavesTheOriginalAlone() {
        let original = sunset()
        let darker = original.dimmed(by: 25)
        XCTAssertEqual(levels(darker), [55, 5, 0],
                       "dimmed(by: 25) on [80, 30, 5] must return a palette with brightness [55, 5, 0]")
        XCTAssertEqual(names(darker), ["red", "orange", "gold"], "the dimmed copy keeps the swatch names in order")
        XCTAssertEqual(darker.name, "sunset", "the dimmed copy keeps the palette's name")
        XCTAssertEqual(levels(original), [80, 30, 5],
                       "dimmed(by:) must not change the palette it was called on: `let result = self` in a class is a second name for the same object, not a copy")
        let darkest = darker.dimmed(by: 50)
        XCTAssertEqual(levels(darkest), [5, 0, 0], "dimming the dimmed copy again by 50 gives [5, 0, 0]")
        XCTAssertEqual(levels(darker), [55, 5, 0], "and leaves the first dimmed copy as it was")
    }

    /// a function that changes its own copy cannot change the caller's palette
    func testAFunctionThatChangesItsOwnCopyCannotChangeTheCallersPalette() {
        func brightened(_ palette: Palette) -> Palette {
            var result = palette
            for i in result.swatches.indices { result.swatches[i].brightness += 5 }
            result.swatches = result.swatches.map { Swatch(name: "light " + $0.name, brightness: $0.brightness) }
            return result
        }
        let mine = sunset()
        let light = brightened(mine)
        XCTAssertEqual(levels(mine), [80, 30, 5],
                       "a function that edits its local copy must not reach back into the caller's palette")
        XCTAssertEqual(names(light), ["light red", "light orange", "light gold"],
                       "the function's result should carry the edited names")
        XCTAssertEqual(levels(light), [85, 35, 10], "the function's result should carry the edited brightness")
    }

    func testPaletteAndSwatchAreValueTypesNotClasses() {
        XCTAssertFalse(Palette.self is AnyClass,
                       "Palette is still a class: declare it with `struct` so that each variable holds its own copy")
        XCTAssertFalse(Swatch.self is AnyClass,
                       "Swatch is still a class: declare it with `struct` too, or copies of a palette share their swatches")
    }
}
