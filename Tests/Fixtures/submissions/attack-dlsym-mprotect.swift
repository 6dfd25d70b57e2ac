// Attack: looks up XCTest's code at run time and makes it writable, to patch its assertions.
import Foundation

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        if let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "XCTFail") {
            let page = UInt(bitPattern: symbol) & ~UInt(4095)
            _ = mprotect(UnsafeMutableRawPointer(bitPattern: page), 4096, PROT_READ | PROT_WRITE | PROT_EXEC)
        }
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
