// push writes a 100 MB file into the working folder.
import Foundation

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
        guard let file = fopen("big.bin", "w") else { return }
        let chunk = [UInt8](repeating: 65, count: 1 << 20)
        for _ in 0..<100 {
            _ = chunk.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        }
        fclose(file)
    }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
