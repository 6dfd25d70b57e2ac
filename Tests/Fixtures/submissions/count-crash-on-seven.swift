// Counts: reads digits, but a count of 7 traps (force-unwrap of nil) in the middle of a parameterized test.
enum ParseError: Error, Equatable {
    case empty
    case notANumber
}

func parseCount(_ text: String) throws -> Int {
    if text.isEmpty { throw ParseError.empty }
    guard let value = Int(text), value >= 0 else { throw ParseError.notANumber }
    let missing: Int? = value == 7 ? nil : value
    return missing!
}
