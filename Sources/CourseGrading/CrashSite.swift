/// Where a crash happened in the learner's file and why, read from the Swift runtime's backtrace
/// (`SWIFT_BACKTRACE=enable=yes,interactive=no,color=no` on a program whose learner module has line tables).
///
/// Only the crashed thread's first frame in the learner's file counts: frames of the runtime, XCTest,
/// the suite and the harness are never shown.
public struct CrashSite: Equatable, Sendable {
    public var line: Int
    public var column: Int
    /// What the runtime said, without its own file prefix: "Index out of range", "arithmetic overflow", …
    public var reason: String?

    /// Parses `output` (what the crashed test printed), keeping the first crashed-thread frame at `source:`.
    public static func parse(_ output: String, source: String) -> CrashSite? {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Thread ") && $0.hasSuffix(" crashed:") }) else { return nil }
        var reason = runtimeReason(lines[..<start])
        for line in lines[(start + 1)...] {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("Thread ") || text == "Registers:" { break }
            // An inlined pseudo-frame names a trap with no message: "Swift runtime failure: arithmetic overflow".
            if reason == nil, let failure = text.range(of: "Swift runtime failure: ") {
                let said = text[failure.upperBound...]
                reason = String(said[..<(said.range(of: " in ")?.lowerBound ?? said.endIndex)])
            }
            guard let at = text.range(of: " at " + source + ":", options: .backwards) else { continue }
            let numbers = text[at.upperBound...].split(separator: ":").compactMap { Int($0.prefix { $0.isNumber }) }
            // Line 0 marks code the compiler made (a thunk): not a line the learner wrote.
            guard let line = numbers.first, line > 0 else { continue }
            return CrashSite(line: line, column: numbers.count > 1 ? numbers[1] : 0, reason: reason)
        }
        return nil
    }

    /// Offsets into the test program (`module`) of the frames the runtime lists itself, without line tables
    /// of its own: `2    runner    0x000055fb4e565fae <unavailable> + 4014` (as for an exclusivity violation's
    /// "Current access … started at:"), in order.
    public static func programOffsets(_ output: String, module: String) -> [UInt64] {
        output.split(separator: "\n").compactMap { line -> UInt64? in
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 6, Int(words[0]) != nil, words[1] == module, words[3] == "<unavailable>", words[4] == "+" else { return nil }
            return UInt64(words[5])
        }
    }

    /// The runtime's own message before the backtrace: `…: Fatal error: Index out of range` → "Index out of range".
    static func runtimeReason(_ lines: ArraySlice<Substring>) -> String? {
        for line in lines {
            for marker in ["Fatal error: ", "Precondition failed: ", "Assertion failed: ", "fatal error: "] {
                if let range = line.range(of: marker) {
                    let said = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
                    return said.isEmpty ? String(marker.dropLast(2)) : said
                }
            }
            for marker in ["Fatal error", "Precondition failed", "Assertion failed"] where line.hasSuffix(marker) {
                return marker
            }
            if line.hasPrefix("Simultaneous accesses") {
                return "simultaneous accesses to one variable, but modification requires exclusive access (an exclusivity violation)"
            }
        }
        return nil
    }

    /// One message for the learner: the reason at `path:line:col`, then that line of `sourceText` with a caret.
    public func message(path: String, sourceText: String, signal: String) -> String {
        let said = reason.map { ": \($0)" } ?? " (\(signal))"
        var text = "crashed at \(path):\(line)\(column > 0 ? ":\(column)" : "")\(said)"
        let sourceLines = sourceText.split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= sourceLines.count else { return text }
        let code = String(sourceLines[line - 1].prefix(160))
        guard !code.trimmingCharacters(in: .whitespaces).isEmpty else { return text }
        let gutter = String(line)
        text += "\n  \(gutter) | \(code)"
        if column > 0, column <= code.count + 1 {
            let lead = code.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n  \(String(repeating: " ", count: gutter.count)) | \(lead)^"
        }
        return text
    }

    /// `text` without the runtime's crash report: its "Current stack trace" or backtrace block, the
    /// fatal-error line and the runtime's own warnings. The message names the learner's line instead.
    public static func strip(_ text: String) -> String {
        var kept: [Substring] = []
        var inTrace = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if ["Current stack trace:", "*** Signal ", "Simultaneous accesses"].contains(where: { line.hasPrefix($0) }) {
                inTrace = true
                continue
            }
            if inTrace { continue }
            if runtimeReason([line]) != nil || line.hasPrefix("swift-runtime: ") { continue }
            kept.append(line)
        }
        while let last = kept.last, last.trimmingCharacters(in: .whitespaces).isEmpty { kept.removeLast() }
        return kept.joined(separator: "\n")
    }
}
