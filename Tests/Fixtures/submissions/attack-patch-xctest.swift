// Attack: patches XCTest's code so that no failure is ever recorded, without dlsym or mprotect. The
// library's address comes from /proc/self/maps, the function's offset from the library's symbol table on
// disk; the first byte becomes `ret`. Two routes: writing through /proc/self/mem (page protections do not
// apply), and mapping a patched copy of the page over the code. Each route says how it ended.
import Foundation

let target = "$s6XCTest0A4CaseC13recordFailure15withDescription6inFile6atLine8expectedySS_SSSiSbtF"

func word(_ bytes: [UInt8], _ at: Int, _ size: Int) -> Int {
    (0..<size).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
}

func mappings() -> String {
    let fd = open("/proc/self/maps", O_RDONLY)
    var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = read(fd, &chunk, chunk.count)
        if count <= 0 { break }
        bytes += chunk[0..<count]
    }
    close(fd)
    return String(decoding: bytes, as: UTF8.self)
}

func locate() -> Int? {
    let maps = mappings()
    guard           let line = maps.split(separator: "\n").first(where: { $0.hasSuffix("libXCTest.so") && $0.split(separator: " ")[2] == "00000000" }),
          let base = Int(line.split(separator: "-")[0], radix: 16),
          let path = line.split(separator: " ").last, let data = FileManager.default.contents(atPath: String(path)) else { return nil }
    let elf = [UInt8](data)
    let sections = word(elf, 0x28, 8), size = word(elf, 0x3A, 2), count = word(elf, 0x3C, 2)
    for index in 0..<count where word(elf, sections + index * size + 4, 4) == 11 {  // SHT_DYNSYM
        let header = sections + index * size
        let symbols = word(elf, header + 0x18, 8), total = word(elf, header + 0x20, 8)
        let strings = word(elf, sections + word(elf, header + 0x28, 4) * size + 0x18, 8)
        for entry in stride(from: symbols, to: symbols + total, by: 24) {
            let name = strings + word(elf, entry, 4)
            if let end = elf[name...].firstIndex(of: 0), String(decoding: elf[name..<end], as: UTF8.self) == target {
                return base + word(elf, entry + 8, 8)
            }
        }
    }
    return nil
}

var attacked = false

func attack() {
    if attacked { return }
    attacked = true
    guard let address = locate() else { print("attack: XCTest not found"); return }
    var ret: UInt8 = 0xC3
    let memory = open("/proc/self/mem", O_RDWR)
    if memory < 0 {
        print("attack: /proc/self/mem refused (errno \(errno))")
    } else if pwrite(memory, &ret, 1, off_t(address)) == 1 {
        print("attack: XCTest patched through /proc/self/mem")
        return
    }
    let page = address & ~4095
    var copy = [UInt8](repeating: 0, count: 4096)
    copy.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: page), count: 4096)) }
    copy[address - page] = 0xC3
    let file = NSTemporaryDirectory() + "/page"
    let fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0o600)
    _ = copy.withUnsafeBytes { write(fd, $0.baseAddress, 4096) }
    let mapped = mmap(UnsafeMutableRawPointer(bitPattern: page), 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_FIXED, fd, 0)
    print(mapped == MAP_FAILED ? "attack: mapping over XCTest's code refused (errno \(errno))" : "attack: XCTest patched by a mapping")
}

struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) { attack() }

    mutating func pop() -> Element? {
        return items.popLast()
    }

    var peek: Element? {
        return items.last
    }

    var count: Int { items.count }
}
