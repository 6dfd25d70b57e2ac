// One failing test: peek shows the bottom of the stack instead of the top.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.first
    }

    var count: Int { items.count }
}
