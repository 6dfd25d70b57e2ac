// pop force-unwraps, so popping an empty stack traps; peek is also wrong.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        let last: Element? = items.last
        items = Array(items.dropLast())
        return last!
    }

    var peek: Element? {
        return items.first
    }

    var count: Int { items.count }
}
