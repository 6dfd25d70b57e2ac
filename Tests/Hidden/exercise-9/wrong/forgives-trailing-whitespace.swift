// Plausible wrong answer: behaves like Python's int(), which ignores whitespace after the
// number, so "7\n" and "-3\t" become values although strtol left the whitespace unparsed.
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
        let savedErrno = errno
        guard var stop = end, stop != UnsafeMutablePointer(mutating: start) else { return .invalid }
        while isspace(Int32(stop.pointee)) != 0 { stop += 1 }   // "like int(' 7 ')"
        if stop.pointee != 0 { return .invalid }
        if savedErrno == ERANGE { return .overflow }
        return .value(result)
    }
}
