import Foundation

// A stack that counts pushes on two threads at once, without a lock: a data race on `pushes`.
final class PushCounter { var pushes = 0 }

struct Stack<Element> {
    private var items: [Element] = []
    private let counter = PushCounter()

    mutating func push(_ item: Element) {
        let counter = self.counter
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<2 {
            Thread {
                for _ in 0..<1000 { counter.pushes += 1 }
                done.signal()
            }.start()
        }
        done.wait()
        done.wait()
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
