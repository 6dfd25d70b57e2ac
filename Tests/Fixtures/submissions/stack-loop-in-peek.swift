// peek never returns.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        var spins = 0
        while spins >= 0 { spins = (spins + 1) % 1000 }
        return items.last
    }

    var count: Int { items.count }
}
