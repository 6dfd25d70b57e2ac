// A wrong stack whose peek, for strings, returns a 2 MB string: XCTest's failure message repeats it.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {}

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        if Element.self == String.self { return String(repeating: "x", count: 2_000_000) as? Element }
        return items.last
    }

    var count: Int { items.count }
}
