// A type error on line 6.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        let total: Int = "zero"
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
