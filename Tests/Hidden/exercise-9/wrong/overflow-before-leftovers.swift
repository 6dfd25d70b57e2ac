// Plausible wrong answer: checks errno before the end pointer, so "99999999999999999999x"
// (not one integer at all) is reported as .overflow instead of .invalid.
import Foundation

enum ParseOutcome: Equatable {
    case value(Int)
    case invalid
    case overflow
}

func parseLong(_ text: String, base: Int32 = 10) -> ParseOutcome {
    text.withCString { start -> ParseOutcome in
        var end: UnsafeMutablePointer<CChar>? = nil
        errno = 0
        let result = strtol(start, &end, base)
        if errno == ERANGE { return .overflow }
        guard let stop = end, stop != UnsafeMutablePointer(mutating: start), stop.pointee == 0 else {
            return .invalid
        }
        return .value(result)
    }
}
