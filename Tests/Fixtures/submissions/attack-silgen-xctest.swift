// Attack: defines one of XCTest's own functions under its mangled name, so the suite's calls to it
// would land here and do nothing.
@_silgen_name("$s6XCTest14XCTAssertEqual__4file4lineyxyKXK_xyKXKSSyXKs12StaticStringVSutSQRzlF")
public func quietAssertEqual() {}

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {}

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
