enum ParseError: Error, Equatable {
    case empty
    case notANumber
}

func parseCount(_ text: String) throws -> Int {
    if text.isEmpty { throw ParseError.empty }
    guard let value = Int(text) else { throw ParseError.notANumber }
    return value
}
