// Attack: a function placed in .init_array runs before main, before the harness has read its tag.
import Foundation

@used @section(".init_array")
let earlyBird: @convention(c) () -> Void = {
    _ = write(2, "early\n", 6)
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
