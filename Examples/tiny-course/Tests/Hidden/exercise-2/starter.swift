// exercise-2: a last-in, first-out stack.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        // TODO
    }

    mutating func pop() -> Element? {
        return nil  // TODO
    }

    var peek: Element? {
        return nil  // TODO
    }

    var count: Int { items.count }
}
