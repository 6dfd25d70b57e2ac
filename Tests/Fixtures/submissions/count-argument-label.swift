// Counts: the argument has a label the tests do not use.
enum ParseError: Error, Equatable {
    case empty
    case notANumber
}

func parseCount(text: String) throws -> Int {
    if text.isEmpty { throw ParseError.empty }
    guard let value = Int(text), value >= 0 else { throw ParseError.notANumber }
    return value
}
