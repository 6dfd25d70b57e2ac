// A stack that keeps a raw byte buffer too, and writes one byte past its end when it grows.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
        scratch[4] = 1
        scratch.deallocate()
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
