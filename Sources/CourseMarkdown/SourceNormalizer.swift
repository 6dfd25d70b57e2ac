/// Cleans raw input text before parsing: unifies line endings, drops control characters and expands tabs.
enum SourceNormalizer {
    /// Splits `text` into lines with `\r\n`, `\r`, U+2028 and U+2029 treated as line breaks,
    /// tabs expanded to four-column stops, and all other control characters (including ESC) removed.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var column = 0
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = value == 0x0D
            switch value {
            case 0x0A, 0x0D, 0x2028, 0x2029:
                lines.append(String(current))
                current = String.UnicodeScalarView()
                column = 0
            case 0x09:
                let spaces = 4 - column % 4
                current.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
                column += spaces
            case 0x00..<0x20, 0x7F...0x9F:
                continue
            default:
                current.append(scalar)
                column += 1
            }
        }
        lines.append(String(current))
        return lines
    }

    /// Returns `text` as a single line with line breaks turned into spaces and control characters removed.
    static func singleLine(_ text: String) -> String {
        lines(text).joined(separator: " ")
    }
}
