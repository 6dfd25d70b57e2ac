/// Measures how many terminal columns text occupies.
///
/// Most characters take one column, East Asian wide characters and emoji take two,
/// and combining marks, format characters and control characters take none.
/// ANSI escape sequences count as zero columns.
package enum DisplayWidth {
    /// Returns the number of columns `text` occupies on a terminal.
    static func of(_ text: String) -> Int {
        if text.unicodeScalars.contains(where: { $0.value == 0x1B || $0.value == 0x9B }) {
            return ANSI.strip(text).reduce(0) { $0 + of($1) }
        }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Returns the number of columns one grapheme cluster occupies.
    package static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return 0 }
        if isZeroWidth(first) { return 0 }
        if isWide(first) { return 2 }
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return 1
    }

    /// Whether a scalar draws nothing on its own (combining marks and format characters).
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return scalar.value == 0x200B
        }
    }

    /// Whether a scalar is rendered two columns wide (East Asian wide/fullwidth or emoji presentation).
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        for range in wideRanges where range.contains(value) {
            return true
        }
        return false
    }

    /// Code point ranges of East Asian wide and fullwidth characters.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]
}
