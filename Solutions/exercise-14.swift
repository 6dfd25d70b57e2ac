// Exercise 14: exporting Swift to C — and who frees the string
//
// A C program (support/driver.c) will call two functions that YOU export from
// Swift. It knows them only from this declaration in support/driver.h:
//
//     char *course_slugify(const char *title);   // new string, owned by the caller
//     void  course_string_free(char *s);         // the caller gives it back here
//
// 1. `slugify(_:)`, plain Swift: lowercase ASCII letters and digits are kept
//    (uppercase ASCII letters A-Z are lowercased); every run of anything else
//    (spaces, punctuation, "-" itself, any non-ASCII character) becomes a
//    single "-"; no "-" at the start or the end. Lowercase only A-Z, byte by
//    byte: Swift's lowercased(), like Python's str.lower(), turns some
//    non-ASCII letters (the Kelvin sign U+212A) into ASCII ones. The rules
//    are about UTF-8 BYTES, not Characters: in a decomposed "e\u{301}" (an e
//    and a combining accent, one Character) the "e" is an ASCII letter and is
//    kept, the accent's bytes are a separator; any length is possible.
//        "Hello, World!"        -> "hello-world"
//        "  Swift 6.3 & C  "    -> "swift-6-3-c"
//        "Crème brûlée"         -> "cr-me-br-l-e"
//        "!!!"                  -> ""    (an empty string, not NULL)
//        "Cre\u{300}me"         -> "cre-me"
//
// 2. `course_slugify`, exported with `@c`: NULL in -> NULL out (return nil).
//    Otherwise read the C string, slugify it, and return a pointer to NEW
//    memory holding the UTF-8 bytes plus a terminating NUL. That memory must
//    outlive the call, so it cannot be a pointer from `withCString` (gone
//    when the closure returns) or a buffer you reuse on the next call.
//    `strdup` (malloc) or `UnsafeMutablePointer<CChar>.allocate` both work.
//
// 3. `course_string_free`, exported with `@c`: frees what course_slugify
//    returned, with the deallocator that matches the allocator you chose
//    (`free` for strdup/malloc, `deallocate()` for allocate). NULL does nothing.
//
// Rules the checker enforces (through the C driver):
//   - the driver reads the right bytes, including for NULL and empty results;
//   - the memory you return holds the slug AND its NUL: the driver checks
//     malloc_usable_size, and it leaves junk in the heap first, so a NUL you
//     never wrote is noticed instead of hidden by memory that was zero;
//   - the driver can hold two results at once: the first is not overwritten
//     by the second;
//   - 2,000 slugify-and-free round trips of a 100-character title must not
//     grow the C heap by 64 KiB or more (a string that is never freed grows
//     it by about 200 KiB).
//
// Keep the exact C names: the driver is linked against them. This starter
// compiles and links, but returns nothing.

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
    return slug.withCString { strdup($0) }
}

@c func course_string_free(_ s: UnsafeMutablePointer<CChar>?) {
    free(s)   // free(NULL) is a no-op, as the header promises
}
