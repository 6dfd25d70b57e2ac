// Plausible wrong answer: allocates a fresh copy every time but the free function never frees it.
import Foundation

func slugify(_ title: String) -> String {
    let lowered = title.lowercased().unicodeScalars.map { s -> Character in
        (s.isASCII && (("a"..."z").contains(Character(s)) || ("0"..."9").contains(Character(s)))) ? Character(s) : " "
    }
    return String(lowered).split(separator: " ").joined(separator: "-")
}

@c func course_slugify(_ title: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    guard let title else { return nil }
    return strdup(slugify(String(cString: title)))
}

@c func course_string_free(_ s: UnsafeMutablePointer<CChar>?) {
    // Swift manages memory for us... doesn't it?
}
