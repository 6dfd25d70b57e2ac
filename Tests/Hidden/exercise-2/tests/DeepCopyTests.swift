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
        original.layers[0].name = "clouds"
        original.layers[0].isVisible = false
        XCTAssertEqual(copy.layers[2].pixels, [4, 5, 6, 7],
                       "clearing a layer of the original must not clear the duplicate's layer")
        XCTAssertEqual(copy.layers[0].name, "sky",
                       "renaming a layer of the original must not rename the duplicate's layer")
        XCTAssertTrue(copy.layers[0].isVisible,
                      "hiding a layer of the original must not hide the duplicate's layer")
    }

    func testEveryFieldIsCopiedForEveryLayerOfALargerDrawing() {
        let layers = (0..<6).map { i in
            Layer(name: "layer \(i)", pixels: Array(repeating: UInt8(i * 10), count: i), isVisible: i % 3 != 0)
        }
        let original = Drawing(title: "Study \(layers.count)", layers: layers)
        let copy = original.duplicated()
        XCTAssertEqual(copy.title, "Study 6", "the duplicate keeps the title exactly")
        XCTAssertEqual(copy.layers.map { $0.name }, (0..<6).map { "layer \($0)" },
                       "all 6 layers must be duplicated, in the same order")
        XCTAssertEqual(copy.layers.map { $0.pixels }, layers.map { $0.pixels },
                       "every duplicated layer must carry its own layer's pixels (the first layer has none)")
        XCTAssertEqual(copy.layers.map { $0.isVisible }, [false, true, true, false, true, true],
                       "every duplicated layer must keep its own isVisible flag, hidden ones included")
        for (a, b) in zip(original.layers, copy.layers) where a === b {
            XCTFail("layer '\(a.name)' of the duplicate is the very same object as the original's: every layer needs a new Layer")
        }
        XCTAssertTrue(zip(original.layers, layers).allSatisfy { $0 === $1 },
                      "duplicated() must leave the original drawing holding its own layer objects")
    }

    func testADuplicateOfADuplicateIsIndependentOfBoth() {
        let original = sample()
        let first = original.duplicated()
        let second = first.duplicated()
        guard second.layers.count == 3 else {
            return XCTFail("the duplicate of a duplicate must still have 3 layers, found \(second.layers.count)")
        }
        second.layers[1].pixels = [0]
        XCTAssertEqual(first.layers[1].pixels, [9, 9], "editing the second duplicate must not change the first one")
        XCTAssertEqual(original.layers[1].pixels, [9, 9], "editing the second duplicate must not change the original")
        XCTAssertFalse(second.layers[1].isVisible, "the hidden layer stays hidden through two duplications")
    }

    func testDuplicatingAnEmptyDrawingGivesAnEmptyDrawing() {
        let empty = Drawing(title: "blank", layers: [])
        let copy = empty.duplicated()
        XCTAssertEqual(copy.title, "blank", "the duplicate of an empty drawing keeps its title")
        XCTAssertTrue(copy.layers.isEmpty, "the duplicate of an empty drawing has no layers")
    }
}
