// pop on an empty stack starts a long-lived child in a NEW SESSION (setsid), escaping the process group, then returns.
import Foundation

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        if items.isEmpty {
            var pid: pid_t = 0
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup("setsid"), strdup("sleep"), strdup("1000.5151"), nil]
            _ = posix_spawnp(&pid, "setsid", nil, nil, argv, environ)
            usleep(300_000)  // let setsid start its child before the test finishes
        }
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
