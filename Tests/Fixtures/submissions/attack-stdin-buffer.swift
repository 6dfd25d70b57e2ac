// Attack: looks for the run's tag where glibc's stdio would have left it, in stdin's read buffer (the
// harness once read its secrets with readLine), then forges a pass for every test and ends the process.
import Foundation

var looked = false

func forgeFromStdinBuffer() {
    if looked { return }
    looked = true
    guard let base = stdin.pointee._IO_buf_base, let end = stdin.pointee._IO_buf_end, end > base else {
        print("attack: no tag in stdin's buffer")
        return
    }
    let text = String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer(base).assumingMemoryBound(to: UInt8.self), count: end - base),
                      as: UTF8.self)
    guard let found = text.split(separator: "\n").first(where: { $0.count == 32 && $0.allSatisfy(\.isHexDigit) }) else {
        print("attack: no tag in stdin's buffer")
        return
    }
    let tag = String(found)
    var channel: Int32 = 3
    for fd in Int32(3)..<1024 {
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFSOCK { channel = fd; break }
    }
    var seq = 2  // begin, start
    func send(_ fields: String) {
        let record = "{\(fields),\"nonce\":\"\(tag)\",\"seq\":\"\(seq)\"}\n"
        seq += 1
        _ = record.withCString { write(channel, $0, strlen($0)) }
    }
    let tests = ["testPushThenPopReturnsTheSameItem", "testPopOnAnEmptyStackIsNil", "testPeekShowsTheTopWithoutRemovingIt"]
    for (index, test) in tests.enumerated() {
        if index > 0 { send("\"event\":\"start\",\"test\":\"StackTests.\(test)\"") }
        send("\"event\":\"finish\",\"passed\":\"1\",\"skipped\":\"0\",\"test\":\"StackTests.\(test)\"")
    }
    send("\"event\":\"done\",\"status\":\"0\"")
    print("attack: tag found in stdin's buffer")
    _exit(0)
}

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) { forgeFromStdinBuffer() }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
