// Blind spot: slugify walks Characters, not bytes, so a letter followed by a combining mark ("e" + U+0301, one grapheme) is dropped whole instead of keeping the "e".
// Exposed by: slugify("Cre\u{300}me") (decomposed "Crème"): the reference returns "cre-me", this returns "cr-me".
// Also slugify("n\u{303}o") -> reference "n-o", this "o".
// Exercise 14: exporting Swift to C — and who frees the string (blind-spot wrong answer)

import Foundation

func slugify(_ title: String) -> String {
    var out: [UInt8] = []
    var pendingDash = false
    // Walk Characters: a character is either one ASCII byte or a separator.
    for character in title {
        guard character.isASCII, let byte = character.asciiValue else {
            pendingDash = true
            continue
        }
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
    return slug.withCString { strdup($0) }
}

@c func course_string_free(_ s: UnsafeMutablePointer<CChar>?) {
    free(s)   // free(NULL) is a no-op, as the header promises
}
