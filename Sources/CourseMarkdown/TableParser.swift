/// Recognises and parses GitHub-flavoured tables: a header row, a delimiter row and body rows.
enum TableParser {
    /// Whether a table (header row plus matching delimiter row) starts at line `index`.
    static func startsTable(_ lines: [String], at index: Int) -> Bool {
        guard index + 1 < lines.count else { return false }
        let header = lines[index]
        let delimiter = lines[index + 1]
        let pipe = UInt8(ascii: "|")
        guard LineSyntax.indentation(header) <= 3, header.utf8.contains(pipe), delimiter.utf8.contains(pipe),
              let alignments = alignments(of: delimiter) else { return false }
        return cells(of: header).count == alignments.count
    }

    /// Parses the table starting at line `index`, returning it and the index of the first line after it.
    static func parse(_ lines: [String], at index: Int) -> (table: MarkdownTable, next: Int)? {
        guard startsTable(lines, at: index), let alignments = alignments(of: lines[index + 1]) else {
            return nil
        }
        let header = cells(of: lines[index])
        var rows: [[String]] = []
        var next = index + 2
        while next < lines.count, !LineSyntax.isBlank(lines[next]), !LineSyntax.startsBlock(lines[next]) {
            rows.append(normalized(cells(of: lines[next]), count: alignments.count))
            next += 1
        }
        return (MarkdownTable(alignments: alignments, header: header, rows: rows), next)
    }

    /// The column alignments of a delimiter row such as `|:--|:-:|--:|`, or `nil` if `line` is not one.
    static func alignments(of line: String) -> [TableAlignment]? {
        let parts = cells(of: line)
        guard !parts.isEmpty else { return nil }
        var result: [TableAlignment] = []
        for part in parts {
            let leading = part.hasPrefix(":")
            let trailing = part.hasSuffix(":") && part.count > 1
            let dashes = part.dropFirst(leading ? 1 : 0).dropLast(trailing ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            if leading && trailing {
                result.append(.center)
            } else if trailing {
                result.append(.right)
            } else {
                result.append(.left)
            }
        }
        return result
    }

    /// Splits a row into trimmed cells at unescaped pipes; `\|` becomes a literal pipe.
    static func cells(of line: String) -> [String] {
        var text = LineSyntax.trimmed(line)
        if text.hasPrefix("|") { text.removeFirst() }
        var cells: [String] = []
        var current = ""
        var characters = Array(text)
        if characters.last == "|" && !(characters.count >= 2 && characters[characters.count - 2] == "\\") {
            characters.removeLast()
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "|" {
                current.append("|")
                index += 2
                continue
            }
            if character == "\\", index + 1 < characters.count {
                current.append(character)
                current.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "|" {
                cells.append(LineSyntax.trimmed(current))
                current = ""
            } else {
                current.append(character)
            }
            index += 1
        }
        cells.append(LineSyntax.trimmed(current))
        return cells
    }

    /// Pads `cells` with empty cells or drops extra ones so that there are exactly `count`.
    private static func normalized(_ cells: [String], count: Int) -> [String] {
        if cells.count >= count { return Array(cells.prefix(count)) }
        return cells + Array(repeating: "", count: count - cells.count)
    }
}
