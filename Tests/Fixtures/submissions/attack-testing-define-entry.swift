// Attack: defines Swift Testing's ABI entry point, so a lookup in the program would find this one.
enum ParseError: Error, Equatable {
    case empty
    case notANumber
}

@_cdecl("swt_abiv0_getEntryPoint")
public func fakeEntryPoint() -> UnsafeRawPointer? { nil }

func parseCount(_ text: String) throws -> Int {
    return Int(text) ?? 0
}
