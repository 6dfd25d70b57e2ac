/// Helpers for working with ANSI terminal escape sequences.
public enum ANSI {
    /// The escape character that introduces every ANSI sequence.
    static let escape: Unicode.Scalar = "\u{1B}"

    /// The sequence that resets every SGR attribute.
    static let reset = "\u{1B}[0m"

    /// Returns `s` with every ANSI escape sequence (CSI, OSC and two-character escapes) removed.
    public static func strip(_ s: String) -> String {
        var output = String.UnicodeScalarView()
        for segment in segments(of: s) where !segment.isEscape {
            output.append(contentsOf: segment.text.unicodeScalars)
        }
        return String(output)
    }

    /// Returns `line` without trailing spaces, keeping any escape sequences that follow them.
    ///
    /// A line whose visible text is empty becomes the empty string.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        var parts = segments(of: line)
        var index = parts.count - 1
        while index >= 0 {
            if parts[index].isEscape {
                index -= 1
                continue
            }
            var text = parts[index].text
            while text.unicodeScalars.last == " " {
                text.unicodeScalars.removeLast()
            }
            parts[index] = ANSISegment(text: text, isEscape: false)
            if !text.isEmpty { break }
            index -= 1
        }
        if !parts.contains(where: { !$0.isEscape && !$0.text.isEmpty }) { return "" }
        return parts.map(\.text).joined()
    }

    /// Splits `s` into runs of visible text and complete escape sequences.
    static func segments(of s: String) -> [ANSISegment] {
        let scalars = Array(s.unicodeScalars)
        var result: [ANSISegment] = []
        var text = String.UnicodeScalarView()
        var index = 0
        func flushText() {
            if !text.isEmpty {
                result.append(ANSISegment(text: String(text), isEscape: false))
                text = String.UnicodeScalarView()
            }
        }
        while index < scalars.count {
            let length = escapeLength(scalars, at: index)
            if length > 0 {
                flushText()
                var sequence = String.UnicodeScalarView()
                sequence.append(contentsOf: scalars[index..<index + length])
                result.append(ANSISegment(text: String(sequence), isEscape: true))
                index += length
            } else {
                text.append(scalars[index])
                index += 1
            }
        }
        flushText()
        return result
    }

    /// Returns how many scalars the escape sequence starting at `start` spans, or 0 if none starts there.
    private static func escapeLength(_ scalars: [Unicode.Scalar], at start: Int) -> Int {
        let first = scalars[start].value
        var index = start + 1
        if first == 0x9B { // single-byte CSI
            return csiLength(scalars, parametersAt: index) - start
        }
        guard first == 0x1B else { return 0 }
        guard index < scalars.count else { return 1 }
        let next = scalars[index].value
        switch next {
        case 0x5B: // "[" CSI
            return csiLength(scalars, parametersAt: index + 1) - start
        case 0x5D, 0x50, 0x5F, 0x5E, 0x58: // OSC, DCS, APC, PM, SOS: up to BEL or ST
            index += 1
            while index < scalars.count {
                let value = scalars[index].value
                if value == 0x07 { return index + 1 - start }
                if value == 0x1B, index + 1 < scalars.count, scalars[index + 1] == "\\" {
                    return index + 2 - start
                }
                index += 1
            }
            return index - start
        case 0x20...0x2F: // intermediates then a final byte, e.g. ESC ( B
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
            return index - start
        case 0x30...0x7E:
            return 2
        default:
            return 1
        }
    }

    /// Returns the index just past a CSI sequence whose parameters begin at `index`.
    private static func csiLength(_ scalars: [Unicode.Scalar], parametersAt start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
        return index
    }
}
