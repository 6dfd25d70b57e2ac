// Plausible wrong answer: allocates utf8.count bytes (the string's length, as len() would
// say) and then writes the NUL one byte past the end: a heap overflow that crashes only sometimes.

import Foundation

func slugify(_ title: String) -> String {
    var out: [UInt8] = []
    var pendingDash = false
    for byte in title.utf8 {
        let lowered: UInt8
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            lowered = byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            lowered = byte + 32
        default:
            // Anything else, including every byte of a non-ASCII character, is a separator.
            pendingDash = true
            continue
        }
        if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        pendingDash = false
        out.append(lowered)
    }
    return String(decoding: out, as: UTF8.self)
}

@c func course_slugify(_ title: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    guard let title else { return nil }
    let slug = slugify(String(cString: title))
    let bytes = Array(slug.utf8)
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
    for (i, b) in bytes.enumerated() { p[i] = CChar(bitPattern: b) }
    p[bytes.count] = 0
    return p
}

@c func course_string_free(_ s: UnsafeMutablePointer<CChar>?) {
    s?.deallocate()
}
