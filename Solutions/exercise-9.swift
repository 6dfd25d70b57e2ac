// Exercise 9: calling C — errno and out-pointers (reference solution)

import Foundation

enum ParseOutcome: Equatable {
    case value(Int)
    case invalid
    case overflow
}

func parseLong(_ text: String, base: Int32 = 10) -> ParseOutcome {
    text.withCString { start -> ParseOutcome in
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
