// Counts: a type error on line 8.
enum ParseError: Error, Equatable {
    case empty
    case notANumber
}

func parseCount(_ text: String) throws -> Int {
    let value: Int = text
    return value
}
