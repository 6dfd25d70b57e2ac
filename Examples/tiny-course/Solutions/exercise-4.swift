// exercise-4: turn text such as "42" into a count; throw ParseError.empty for "" and
// ParseError.notANumber for anything else that is not a whole number of at least zero.
enum ParseError: Error, Equatable {
    case empty
    case notANumber
}

func parseCount(_ text: String) throws -> Int {
    if text.isEmpty { throw ParseError.empty }
    guard let value = Int(text), value >= 0 else { throw ParseError.notANumber }
    return value
}
