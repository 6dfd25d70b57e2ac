// Plausible wrong answer: treats "-" as already part of a slug and keeps it, so runs such
// as " - " become several dashes and leading or trailing dashes survive.

import Foundation

func slugify(_ title: String) -> String {
    var out: [UInt8] = []
    var pendingDash = false
    for byte in title.utf8 {
        let lowered: UInt8
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
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
    return slug.withCString { strdup($0) }
}

@c func course_string_free(_ s: UnsafeMutablePointer<CChar>?) {
    free(s)   // free(NULL) is a no-op, as the header promises
}
