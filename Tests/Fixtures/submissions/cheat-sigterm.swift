// Cheat: push sends SIGTERM to its own process.
import Foundation
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
        kill(getpid(), SIGTERM)
        sleep(5)
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}

