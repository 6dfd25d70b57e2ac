import XCTest

final class PaletteTests: XCTestCase {
    func testAppendingToACopyLeavesTheOriginalUntouched() {
        var original = Palette(name: "sunset", colors: ["red", "orange"])
        var copy = original
        copy.colors.append("purple")
        XCTAssertEqual(original.colors, ["red", "orange"],
                       "after `var copy = original`, appending to `copy` must not change `original`: Palette should be a value (struct), not a shared object (class)")
        XCTAssertEqual(copy.colors, ["red", "orange", "purple"],
                       "the copy itself should contain the colour that was appended to it")
        original.name = "dawn"
        XCTAssertEqual(copy.name, "sunset",
                       "renaming the original must not rename the copy")
    }

    func testAFunctionThatChangesItsOwnCopyCannotChangeTheCallersPalette() {
        func brightened(_ palette: Palette) -> Palette {
            var result = palette
            result.colors = result.colors.map { "light " + $0 }
            return result
        }
        let mine = Palette(name: "sea", colors: ["blue", "green"])
        let light = brightened(mine)
        XCTAssertEqual(mine.colors, ["blue", "green"],
                       "a function that edits its local copy must not reach back into the caller's palette")
        XCTAssertEqual(light.colors, ["light blue", "light green"],
                       "the function's result should carry the edited colours")
    }

    func testPaletteIsAValueTypeNotAClass() {
        XCTAssertFalse(Palette.self is AnyClass,
                       "Palette is still a class: declare it with `struct` so that each variable holds its own copy")
    }
}
