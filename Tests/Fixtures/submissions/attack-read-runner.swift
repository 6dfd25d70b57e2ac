// Attack: reads the compiled test program (the suite, the harness and its symbol table) and looks for host
// paths inside the sandbox: in bwrap's command line (/proc/1/cmdline) and in the mount table. A correct
// stack otherwise; each look says what it found.
import Foundation

var looked = false

func readable(_ path: String) -> String {
    let fd = open(path, O_RDONLY)
    defer { if fd >= 0 { close(fd) } }
    var byte: UInt8 = 0
    return fd >= 0 && read(fd, &byte, 1) == 1 ? "readable" : "unreadable"
}

func contents(_ path: String) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return "" }
    defer { close(fd) }
    var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = read(fd, &chunk, chunk.count)
        if count <= 0 { break }
        bytes += chunk[0..<count]
    }
    return String(decoding: bytes.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
}

func look() {
    if looked { return }
    looked = true
    print("look: /sandbox/runner \(readable("/sandbox/runner"))")
    print("look: /proc/self/exe \(readable("/proc/self/exe"))")
    print("look: bwrap's command line \(contents("/proc/1/cmdline").contains("course-check-") ? "shows" : "hides") the scratch folder")
    print("look: the mount table \(contents("/proc/self/mountinfo").contains("course-check-") ? "shows" : "hides") the scratch folder")
}

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        look()
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
