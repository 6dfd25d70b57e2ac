/// Turns styled runs into terminal text, emitting SGR escape codes only when colour is enabled.
enum StyleWriter {
    /// Renders `runs` as one string; each styled stretch is opened with its SGR code and closed with a reset.
    static func render(_ runs: [StyledRun], usesColor: Bool) -> String {
        if !usesColor { return runs.map(\.text).joined() }
        var output = ""
        for run in merged(runs) where !run.text.isEmpty {
            if run.style.isPlain {
                output += run.text
            } else {
                output += "\u{1B}[" + run.style.parameters + "m" + run.text + ANSI.reset
            }
        }
        return output
    }

    /// Returns `runs` with adjacent runs of identical style joined and empty runs removed.
    static func merged(_ runs: [StyledRun]) -> [StyledRun] {
        var result: [StyledRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = result.last, last.style == run.style {
                result[result.count - 1].text += run.text
            } else {
                result.append(run)
            }
        }
        return result
    }
}
