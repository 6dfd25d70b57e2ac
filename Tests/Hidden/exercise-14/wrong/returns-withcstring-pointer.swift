// Plausible wrong answer: returns the pointer that withCString lends, which is valid only inside
// the closure (and "Swift frees it for us", so the free function does nothing): C reads dead memory.

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
    // hand C the string
    return slug.withCString { UnsafeMutablePointer(mutating: $0) }
}

@c func course_string_free(_ s: UnsafeMutablePointer<CChar>?) {
    _ = s   // nothing to free: Swift owns the string
}
