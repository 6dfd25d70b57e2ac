/// Precomputed facts about a container's lines that block parsing looks up repeatedly:
/// where fences close and where HTML comments end.
struct LineIndex: Sendable {
    /// Candidate closing lines for backtick fences.
    private let backtickClosers: FenceCloserChain
    /// Candidate closing lines for tilde fences.
    private let tildeClosers: FenceCloserChain
    /// For each line, the first line at or after it that contains `-->` (or `nil`).
    private let commentCloses: [Int?]
    /// For each line that starts an HTML comment, whether `-->` follows the `<!--` on that same line.
    private let closesOnOpeningLine: [Bool]

    /// Indexes `lines`.
    init(_ lines: [String]) {
        var backticks: [(line: Int, count: Int)] = []
        var tildes: [(line: Int, count: Int)] = []
        var closes: [Int?] = Array(repeating: nil, count: lines.count + 1)
        var sameLine: [Bool] = Array(repeating: false, count: lines.count)
        for (number, line) in lines.enumerated() {
            let indent = LineSyntax.indentation(line)
            let rest = LineSyntax.droppingIndent(line, indent)
            if indent <= 3, let marker = rest.first, marker == "`" || marker == "~" {
                let count = rest.prefix(while: { $0 == marker }).count
                if count >= 3 && LineSyntax.isBlank(rest.dropFirst(count)) {
                    if marker == "`" {
                        backticks.append((number, count))
                    } else {
                        tildes.append((number, count))
                    }
                }
            }
            if LineSyntax.isHTMLCommentStart(line) {
                sameLine[number] = rest.dropFirst(4).contains("-->")
            }
        }
        for number in lines.indices.reversed() {
            let line = lines[number]
            let mayClose = line.utf8.contains(UInt8(ascii: ">")) && line.contains("-->")
            closes[number] = mayClose ? number : closes[number + 1]
        }
        backtickClosers = FenceCloserChain(backticks)
        tildeClosers = FenceCloserChain(tildes)
        commentCloses = closes
        closesOnOpeningLine = sameLine
    }

    /// The line that closes `fence`, opened on line `index`, if any.
    func closingLine(of fence: FenceOpening, openedAt index: Int) -> Int? {
        let chain = fence.marker == "`" ? backtickClosers : tildeClosers
        return chain.first(after: index, atLeast: fence.length)
    }

    /// The line that ends the HTML comment opened on line `index`, if it is closed.
    func commentEnd(openedAt index: Int) -> Int? {
        guard index >= 0, index < closesOnOpeningLine.count else { return nil }
        if closesOnOpeningLine[index] { return index }
        return index + 1 < commentCloses.count ? commentCloses[index + 1] : nil
    }
}
