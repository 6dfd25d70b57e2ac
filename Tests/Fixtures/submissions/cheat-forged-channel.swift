// Cheat: writes forged result records to file descriptor 3 (without the run's nonce), with a wrong stack.
import Foundation

func forge(_ line: String) {
    let text = line + "\n"
    _ = text.withCString { write(3, $0, strlen($0)) }
}

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        for test in ["testPushThenPopReturnsTheSameItem", "testPopOnAnEmptyStackIsNil", "testPeekShowsTheTopWithoutRemovingIt"] {
            forge("{\"event\":\"start\",\"test\":\"StackTests.\(test)\"}")
            forge("{\"event\":\"finish\",\"passed\":\"1\",\"skipped\":\"0\",\"test\":\"StackTests.\(test)\"}")
            forge("{\"event\":\"finish\",\"nonce\":\"00000000000000000000000000000000\",\"passed\":\"1\",\"skipped\":\"0\",\"test\":\"StackTests.\(test)\"}")
        }
        forge("{\"event\":\"done\",\"status\":\"0\"}")
        forge("{\"event\":\"done\",\"nonce\":\"\",\"status\":\"0\"}")
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
