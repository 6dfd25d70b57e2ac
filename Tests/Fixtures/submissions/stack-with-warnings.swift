// A correct stack that compiles with two warnings: a variable never mutated, a value never used.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        var copy = item
        items.append(copy)
    }

    mutating func pop() -> Element? {
        let unused = items.count
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
