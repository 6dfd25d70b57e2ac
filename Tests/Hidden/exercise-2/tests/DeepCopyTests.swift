import XCTest

final class DeepCopyTests: XCTestCase {
    private func sample() -> Drawing {
        Drawing(title: "Harbour", layers: [
            Layer(name: "sky", pixels: [1, 2, 3]),
            Layer(name: "boats", pixels: [9, 9], isVisible: false),
            Layer(name: "sea", pixels: [4, 5, 6, 7]),
        ])
    }

    func testTheDuplicateHasTheSameTitleAndLayersInTheSameOrder() {
        let original = sample()
        let copy = original.duplicated()
        XCTAssertEqual(copy.title, "Harbour", "the duplicate keeps the title")
        XCTAssertEqual(copy.layers.map { $0.name }, ["sky", "boats", "sea"],
                       "the duplicate must have the same layers, in the same order")
        XCTAssertEqual(copy.layers.map { $0.pixels }, [[1, 2, 3], [9, 9], [4, 5, 6, 7]],
                       "each duplicated layer must carry the same pixels as the original layer")
        XCTAssertEqual(copy.layers.map { $0.isVisible }, [true, false, true],
                       "each duplicated layer must keep its isVisible flag")
    }

    func testEveryLayerOfTheDuplicateIsANewObject() {
        let original = sample()
        let copy = original.duplicated()
        XCTAssertEqual(copy.layers.count, original.layers.count,
                       "the duplicate must have as many layers as the original")
        for (a, b) in zip(original.layers, copy.layers) {
            XCTAssertFalse(a === b,
                           "layer '\(a.name)' of the duplicate is the very same object as the original's (===): create a new Layer instead of copying the reference")
        }
    }

    func testEditingTheDuplicateLeavesTheOriginalUntouched() {
        let original = sample()
        let copy = original.duplicated()
        guard copy.layers.count == 3 else {
            return XCTFail("the duplicate must have 3 layers like the original, found \(copy.layers.count)")
        }
        copy.layers[0].pixels.append(200)
        copy.layers[1].isVisible = true
        copy.layers[2].name = "ocean"
        XCTAssertEqual(original.layers[0].pixels, [1, 2, 3],
                       "appending pixels to the duplicate's first layer must not change the original's first layer")
        XCTAssertFalse(original.layers[1].isVisible,
                       "showing a layer in the duplicate must not show it in the original")
        XCTAssertEqual(original.layers[2].name, "sea",
                       "renaming a layer in the duplicate must not rename the original's layer")
    }

    func testEditingTheOriginalLeavesTheDuplicateUntouched() {
        let original = sample()
        let copy = original.duplicated()
        guard copy.layers.count == 3 else {
            return XCTFail("the duplicate must have 3 layers like the original, found \(copy.layers.count)")
        }
        original.layers[2].pixels = []
        XCTAssertEqual(copy.layers[2].pixels, [4, 5, 6, 7],
                       "clearing a layer of the original must not clear the duplicate's layer")
    }

    func testDuplicatingAnEmptyDrawingGivesAnEmptyDrawing() {
        let empty = Drawing(title: "blank", layers: [])
        let copy = empty.duplicated()
        XCTAssertEqual(copy.title, "blank", "the duplicate of an empty drawing keeps its title")
        XCTAssertTrue(copy.layers.isEmpty, "the duplicate of an empty drawing has no layers")
    }
}
