// A correct stack that reports, from inside the test process, what the harness closed before it ran:
// the seccomp mode, no_new_privs, where the result channel is, and whether /proc/self/mem opens for writing.
import Foundation

var reported = false

func reportDoors() {
    if reported { return }
    reported = true
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    for line in status.split(separator: "\n") where line.hasPrefix("Seccomp:") || line.hasPrefix("NoNewPrivs:") {
        print("doors: " + line.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
    for fd in Int32(0)..<1024 {
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFSOCK { print("doors: channel above 99: \(fd > 99)") }
    }
    print("doors: /proc/self/mem for writing: \(open("/proc/self/mem", O_RDWR) >= 0 ? "opened" : "refused")")
}

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        reportDoors()
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
