import XCTest

final class DrawingPublicTests: XCTestCase {
    /// The duplicate keeps the title and the layers' names in order.
    func testDuplicateKeepsTitleAndLayerNames() {
        let drawing = Drawing(title: "sketch", layers: [Layer(name: "ink", pixels: [1]), Layer(name: "paper", pixels: [2, 3])])
        let copy = drawing.duplicated()
        XCTAssertEqual(copy.title, "sketch", "the duplicate keeps the title")
        XCTAssertEqual(copy.layers.map(\.name), ["ink", "paper"], "the duplicate has the same layers, in the same order")
    }

    /// Like `copy.deepcopy`: a pixel added to the duplicate's layer is not in the original's.
    func testEditingTheDuplicatesLayerLeavesTheOriginal() {
        let drawing = Drawing(title: "sketch", layers: [Layer(name: "ink", pixels: [1])])
        let copy = drawing.duplicated()
        XCTAssertEqual(copy.layers.count, 1, "the duplicate has one layer, like the original")
        guard copy.layers.count == 1 else { return }
        XCTAssertFalse(copy.layers[0] === drawing.layers[0], "the duplicate's layer must be a new Layer object, not the same one (===)")
        copy.layers[0].pixels.append(9)
        XCTAssertEqual(drawing.layers[0].pixels, [1], "editing the duplicate's layer must not change the original's")
    }
}
