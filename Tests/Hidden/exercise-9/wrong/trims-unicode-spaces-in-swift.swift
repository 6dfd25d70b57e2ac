// Blind spot: parseLong drops leading whitespace in Swift (Character.isWhitespace) before calling strtol; Swift's idea of whitespace includes Unicode spaces such as U+00A0 that C's isspace does not skip.
// Exposed by: parseLong("\u{00A0}42")   (also "\u{2003}7", "\u{3000}1")
//   reference: .invalid (strtol stops at the no-break space, nothing parsed); this: .value(42).
//
// Exercise 9: calling C — errno and out-pointers (blind-spot wrong answer)

import Foundation

enum ParseOutcome: Equatable {
    case value(Int)
    case invalid
    case overflow
}

func parseLong(_ text: String, base: Int32 = 10) -> ParseOutcome {
    // Drop the leading whitespace ourselves, so strtol starts at the sign or first digit.
    let text = String(text.drop(while: { $0.isWhitespace }))
    return text.withCString { start -> ParseOutcome in
        var end: UnsafeMutablePointer<CChar>? = nil
        errno = 0                                  // strtol never clears it for us
        let result = strtol(start, &end, base)
        let savedErrno = errno                     // read it before anything else can change it
        guard let stop = end, stop != UnsafeMutablePointer(mutating: start) else {
            return .invalid                        // no digits consumed
        }
        if stop.pointee != 0 {
            return .invalid                        // something left after the number
        }
        if savedErrno == ERANGE {
            return .overflow
        }
        return .value(result)
    }
}
