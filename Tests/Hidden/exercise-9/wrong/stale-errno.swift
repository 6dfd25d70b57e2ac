// Plausible wrong answer: reads errno without clearing it first.
import Foundation

enum ParseOutcome: Equatable {
    case value(Int)
    case invalid
    case overflow
}

func parseLong(_ text: String, base: Int32 = 10) -> ParseOutcome {
    text.withCString { start -> ParseOutcome in
        var end: UnsafeMutablePointer<CChar>? = nil
        let result = strtol(start, &end, base)
        guard let stop = end, stop != UnsafeMutablePointer(mutating: start), stop.pointee == 0 else {
            return .invalid
        }
        if errno == ERANGE { return .overflow }
        return .value(result)
    }
}
