// push prints in a loop that never ends.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
        var round = 0
        while true {
            round += 1
            print("still pushing, round \(round): la la la la la la la la la la la la la la la la la la la la la la la")
        }
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
