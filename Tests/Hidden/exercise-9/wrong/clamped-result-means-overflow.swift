// Plausible wrong answer: treats the clamped return value itself (Int.max or Int.min) as the
// overflow signal instead of errno, so Int.max and Int.min, which fit, become .overflow.
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
        if result == Int.max || result == Int.min { return .overflow }
        return .value(result)
    }
}
