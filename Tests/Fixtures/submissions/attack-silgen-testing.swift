// Attack: defines Swift Testing's Issue.record under its mangled name, so a failing check would record nothing.
enum ParseError: Error, Equatable {
    case empty
    case notANumber
}

@_silgen_name("$s7Testing5IssueV6record_14sourceLocationAcA7CommentVSg_AA06SourceE0VtFZ")
public func quietRecord() {}

func parseCount(_ text: String) throws -> Int {
    return Int(text) ?? 0
}
