import Foundation

/// A name or text that came from someone else (a student's folder name, a test's printed output), made safe to
/// show on a terminal and to write into a CSV, XML, JSON or Markdown file: control characters (terminal
/// escapes, C1 controls, DEL) and the invisible bidirectional overrides that reorder text become visible
/// `\u{1B}` notation, so nothing can retitle a window, move the cursor or hide part of a name, and two
/// different names never look alike.
public enum DisplayName {
    /// One line: every control character is shown as `\u{…}`.
    public static func clean(_ name: String) -> String { escaped(name, keepingLines: false) }

    /// Several lines: newlines and tabs stay; every other control character is shown as `\u{…}`.
    public static func text(_ text: String) -> String { escaped(text, keepingLines: true) }

    /// A file name for a name: as `clean`, with `/` shown as `\u{2F}` and a leading dot escaped, so it is
    /// one visible file in its folder; cut to fit a file system's 255 bytes, with a digest of the name kept.
    public static func fileName(_ name: String, suffix: String) -> String {
        var base = clean(name).replacingOccurrences(of: "/", with: "\\u{2F}")
        if base.hasPrefix(".") || base.isEmpty { base = "\\u{2E}" + base.dropFirst() }
        if base.utf8.count + suffix.utf8.count > 240 {
            var cut = ""
            for character in base where cut.utf8.count + character.utf8.count <= 200 { cut.append(character) }
            base = cut + "-" + SHA256.hex(Data(name.utf8)).prefix(12)
        }
        return base + suffix
    }

    /// Whether a scalar is one that `clean` shows as `\u{…}`.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true  // bidirectional marks and overrides
        default: return false
        }
    }

    static func escaped(_ text: String, keepingLines: Bool) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) && !(keepingLines && (scalar == "\n" || scalar == "\t")) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
