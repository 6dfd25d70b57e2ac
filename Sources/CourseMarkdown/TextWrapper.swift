/// Greedily wraps styled text to a column width.
///
/// Runs of whitespace collapse to one space; words are only split when they are wider than
/// the whole line; `\n` in a run forces a line break. A space inside an inline code span does not
/// break the line (`b = a` stays whole, with or without colour).
struct TextWrapper: Sendable {
    /// The maximum number of columns per line (at least 1).
    let width: Int

    /// Creates a wrapper for lines of at most `width` columns.
    init(width: Int) {
        self.width = max(1, width)
    }

    /// Wraps `runs` into lines; the result always has at least one (possibly empty) line.
    /// A code span too wide for a line breaks at its own spaces, as prose would; only a single word wider
    /// than the line is split inside.
    func wrap(_ runs: [StyledRun]) -> [[StyledRun]] {
        var lines: [[StyledRun]] = []
        var line: [StyledRun] = []
        var lineWidth = 0
        func place(_ runs: [StyledRun], width wordWidth: Int, spaceStyle: TextStyle) {
            if !line.isEmpty && lineWidth + 1 + wordWidth <= width {
                line.append(StyledRun(" ", spaceStyle))
                line.append(contentsOf: runs)
                lineWidth += 1 + wordWidth
                return
            }
            if !line.isEmpty {
                lines.append(line)
            }
            if wordWidth <= width {
                line = runs
                lineWidth = wordWidth
            } else {
                var pieces = split(runs)
                let last = pieces.removeLast()
                lines.append(contentsOf: pieces.map(\.runs))
                line = last.runs
                lineWidth = last.width
            }
        }
        for token in TextWrapper.tokens(of: runs) {
            switch token {
            case .lineBreak:
                lines.append(line)
                line = []
                lineWidth = 0
            case .word(let runs, let wordWidth, let spaceStyle):
                let parts = wordWidth > width ? TextWrapper.spaced(runs) : []
                if parts.count > 1 {
                    for (index, part) in parts.enumerated() {
                        place(part.runs, width: part.width, spaceStyle: index == 0 ? spaceStyle : part.spaceStyle)
                    }
                } else {
                    place(runs, width: wordWidth, spaceStyle: spaceStyle)
                }
            }
        }
        lines.append(line)
        return lines
    }

    /// A word that holds spaces (a code span) as the words between them, each with the style of the space before it.
    static func spaced(_ runs: [StyledRun]) -> [(runs: [StyledRun], width: Int, spaceStyle: TextStyle)] {
        var parts: [(runs: [StyledRun], width: Int, spaceStyle: TextStyle)] = []
        var word: [StyledRun] = []
        var wordWidth = 0
        var spaceStyle = TextStyle.plain
        for run in runs {
            for character in run.text {
                if character == " " || character == "\t" {
                    if !word.isEmpty { parts.append((word, wordWidth, spaceStyle)) }
                    word = []
                    wordWidth = 0
                    spaceStyle = run.style
                    continue
                }
                if let last = word.last, last.style == run.style {
                    word[word.count - 1].text.append(character)
                } else {
                    word.append(StyledRun(String(character), run.style))
                }
                wordWidth += DisplayWidth.of(character)
            }
        }
        if !word.isEmpty { parts.append((word, wordWidth, spaceStyle)) }
        return parts
    }

    /// The width `runs` would take on one line with whitespace collapsed.
    static func naturalWidth(of runs: [StyledRun]) -> Int {
        var total = 0
        var words = 0
        for token in tokens(of: runs) {
            if case .word(_, let width, _) = token {
                total += width
                words += 1
            }
        }
        return total + max(0, words - 1)
    }

    /// The widest single word in `runs`.
    static func widestWord(in runs: [StyledRun]) -> Int {
        var widest = 0
        for token in tokens(of: runs) {
            if case .word(_, let width, _) = token { widest = max(widest, width) }
        }
        return widest
    }

    /// Splits styled runs into words and line breaks.
    static func tokens(of runs: [StyledRun]) -> [WrapToken] {
        var tokens: [WrapToken] = []
        var word: [StyledRun] = []
        var wordWidth = 0
        var spaceStyle = TextStyle.plain
        var pendingSpaceStyle: TextStyle?
        func finishWord() {
            if !word.isEmpty {
                tokens.append(.word(runs: StyleWriter.merged(word), width: wordWidth, spaceStyle: spaceStyle))
                word = []
                wordWidth = 0
            }
        }
        for run in runs {
            for character in run.text {
                if character == "\n" {
                    finishWord()
                    tokens.append(.lineBreak)
                    pendingSpaceStyle = nil
                } else if (character == " " || character == "\t") && run.style.foreground != InlineRenderer.codeStyle.foreground {
                    finishWord()
                    if pendingSpaceStyle == nil { pendingSpaceStyle = run.style }
                } else {
                    if word.isEmpty {
                        spaceStyle = pendingSpaceStyle ?? .plain
                        pendingSpaceStyle = nil
                    }
                    if let last = word.last, last.style == run.style {
                        word[word.count - 1].text.append(character)
                    } else {
                        word.append(StyledRun(String(character), run.style))
                    }
                    wordWidth += DisplayWidth.of(character)
                }
            }
        }
        finishWord()
        return tokens
    }

    /// Splits an over-long word into pieces of at most `width` columns (a lone wider character stays whole).
    private func split(_ runs: [StyledRun]) -> [(runs: [StyledRun], width: Int)] {
        var pieces: [(runs: [StyledRun], width: Int)] = []
        var piece: [StyledRun] = []
        var pieceWidth = 0
        for run in runs {
            for character in run.text {
                let characterWidth = DisplayWidth.of(character)
                if pieceWidth + characterWidth > width && !piece.isEmpty {
                    pieces.append((piece, pieceWidth))
                    piece = []
                    pieceWidth = 0
                }
                if let last = piece.last, last.style == run.style {
                    piece[piece.count - 1].text.append(character)
                } else {
                    piece.append(StyledRun(String(character), run.style))
                }
                pieceWidth += characterWidth
            }
        }
        pieces.append((piece, pieceWidth))
        return pieces
    }
}
