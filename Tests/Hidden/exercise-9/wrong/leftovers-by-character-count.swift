// Blind spot: parseLong decides 'nothing left over' by comparing the bytes strtol consumed with text.count (Characters) instead of looking at *end or the UTF-8 count; a "\r\n" is one Character but two bytes, so "\r\n42" looks like it has leftovers.
// Exposed by: parseLong("\r\n42")   (also "\r\n-5")
//   reference: .value(42) (strtol skips the CR and LF); this: .invalid (4 bytes consumed, but text.count is 3).
//
// Exercise 9: calling C — errno and out-pointers (blind-spot wrong answer)

import Foundation

enum ParseOutcome: Equatable {
    case value(Int)
    case invalid
    case overflow
}

func parseLong(_ text: String, base: Int32 = 10) -> ParseOutcome {
    let length = text.count
    return text.withCString { start -> ParseOutcome in
        var end: UnsafeMutablePointer<CChar>? = nil
        errno = 0                                  // strtol never clears it for us
        let result = strtol(start, &end, base)
        let savedErrno = errno                     // read it before anything else can change it
        guard let stop = end, stop != UnsafeMutablePointer(mutating: start) else {
            return .invalid                        // no digits consumed
        }
        if UnsafePointer(stop) - start != length {
            return .invalid                        // something left after the number
        }
        if savedErrno == ERANGE {
            return .overflow
        }
        return .value(result)
    }
}
