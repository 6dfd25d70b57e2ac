// Counts: loops forever on empty text.
enum ParseError: Error, Equatable {
    case empty
    case notANumber
}

func parseCount(_ text: String) throws -> Int {
    while text.isEmpty {}
    guard let value = Int(text), value >= 0 else { throw ParseError.notANumber }
    return value
}
