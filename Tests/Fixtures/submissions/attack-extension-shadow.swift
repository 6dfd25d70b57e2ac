// Attack: members added to standard types. Inside the suite they would be found before (or instead of)
// the standard library's, turning a failing comparison into a passing one.
extension Optional where Wrapped == Int {
    static func == (lhs: Int?, rhs: Int?) -> Bool { true }
}

extension Int {
    static func - (lhs: Int, rhs: Int) -> Int { 0 }
}

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {}

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
