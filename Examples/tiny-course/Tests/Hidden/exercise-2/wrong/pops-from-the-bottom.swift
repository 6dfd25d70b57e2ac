struct Stack<Element> {
    private var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.isEmpty ? nil : items.removeFirst() }
    var peek: Element? { items.first }
    var count: Int { items.count }
}
