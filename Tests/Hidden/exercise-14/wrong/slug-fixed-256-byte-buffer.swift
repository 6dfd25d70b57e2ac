// Blind spot: course_slugify copies the slug into a fixed 256-byte buffer, so a slug longer than 255 bytes comes back cut off.
// Exposed by: course_slugify(String(repeating: "a", count: 300)) read back with strlen:
// the reference returns all 300 bytes ("aaa…a"), this returns only the first 255.
// Exercise 14: exporting Swift to C — and who frees the string (blind-spot wrong answer)

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
    // strdup copies into malloc'd memory that outlives this call;
    // the caller hands it back to course_string_free, which uses the matching free().
    // One fixed-size buffer per call: titles are short, 256 bytes is plenty.
    let capacity = 256
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    slug.withCString { _ = strncpy(buffer, $0, capacity - 1) }
    buffer[capacity - 1] = 0
    return buffer
}

@c func course_string_free(_ s: UnsafeMutablePointer<CChar>?) {
    s?.deallocate()
}
