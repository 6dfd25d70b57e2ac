// push takes a labelled argument the tests do not use.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
