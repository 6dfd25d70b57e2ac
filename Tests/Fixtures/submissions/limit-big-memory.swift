// A stack whose push tries to fill 4 GiB of memory, page by page.
struct Stack<Element> {
    private var items: [Element] = []
    private var hoard: [[UInt8]] = []

    mutating func push(_ item: Element) {
        for _ in 0..<4096 { hoard.append([UInt8](repeating: 1, count: 1 << 20)) }
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
