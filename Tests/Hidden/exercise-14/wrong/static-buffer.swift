// Plausible wrong answer: returns a pointer into one buffer that every call reuses (the C `static char buf[]` idiom).
import Foundation

func slugify(_ title: String) -> String {
    let lowered = title.lowercased().unicodeScalars.map { s -> Character in
        (s.isASCII && (("a"..."z").contains(Character(s)) || ("0"..."9").contains(Character(s)))) ? Character(s) : " "
    }
    return String(lowered).split(separator: " ").joined(separator: "-")
}

let sharedBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: 4096)

@c func course_slugify(_ title: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    guard let title else { return nil }
    let slug = slugify(String(cString: title))
    slug.withCString { _ = strncpy(sharedBuffer, $0, 4095) }
    sharedBuffer[4095] = 0
    return sharedBuffer
}

@c func course_string_free(_ s: UnsafeMutablePointer<CChar>?) {
    // nothing to free: the buffer lives forever
}
