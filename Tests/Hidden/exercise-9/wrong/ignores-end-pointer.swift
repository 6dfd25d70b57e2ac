// Plausible wrong answer: trusts the return value and never looks at where strtol stopped.
import Foundation

enum ParseOutcome: Equatable {
    case value(Int)
    case invalid
    case overflow
}

func parseLong(_ text: String, base: Int32 = 10) -> ParseOutcome {
    text.withCString { start -> ParseOutcome in
        errno = 0
        let result = strtol(start, nil, base)
        if errno == ERANGE { return .overflow }
        if errno == EINVAL { return .invalid }
        return .value(result)
    }
}
