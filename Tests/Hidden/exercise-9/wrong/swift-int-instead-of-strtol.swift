// Plausible wrong answer: skips strtol and uses Swift's Int(_:radix:) on the trimmed text, the
// way Python's int(text, base) would be used: overflow becomes .invalid, and C's "0x" prefix
// and base 0 are not understood.
import Foundation

enum ParseOutcome: Equatable {
    case value(Int)
    case invalid
    case overflow
}

func parseLong(_ text: String, base: Int32 = 10) -> ParseOutcome {
    let trimmed = String(text.drop(while: { $0.isWhitespace }))
    guard (2...36).contains(base), let n = Int(trimmed, radix: Int(base)) else { return .invalid }
    return .value(n)
}
