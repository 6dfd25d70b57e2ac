// A stack whose push tries to take 4 GiB of memory, a megabyte at a time (reserved, not written: quick).
struct Stack<Element> {
    private var items: [Element] = []
    private var hoard: [[UInt8]] = []

    mutating func push(_ item: Element) {
        for _ in 0..<4096 { hoard.append([UInt8](unsafeUninitializedCapacity: 1 << 20) { _, count in count = 0 }) }
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
