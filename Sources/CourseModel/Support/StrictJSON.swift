import Foundation

/// A strict JSON syntax check (RFC 8259) that says where the first mistake is, by line and column.
/// Foundation's parser accepts trailing commas and reports a character offset; course files are
/// read by other tools too, so they must be plain JSON, and an author needs a line to look at.
///
/// It always terminates: every step either consumes a character or returns, and nesting deeper
/// than `maximumDepth` is an error rather than a deeper recursion.
public enum StrictJSON {
    /// Where the first syntax error is (1-based line and column, in characters) and what it is.
    public struct SyntaxError: Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    static let maximumDepth = 200

    /// The first syntax error in `data`, or nil when it is one valid JSON value.
    public static func firstError(in data: Data) -> SyntaxError? {
        var scanner = Scanner(bytes: Array(data))
        if scanner.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < scanner.bytes.count { throw scanner.error("extra text after the JSON value; a file holds one object") }
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return SyntaxError(line: 1, column: 1, message: "\(error)")
        }
    }

    struct Scanner {
        var bytes: [UInt8]
        var index = 0

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// The position of `index`, counting UTF-8 continuation bytes as part of one character.
        func error(_ message: String) -> SyntaxError {
            var line = 1, column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            return SyntaxError(line: line, column: column, message: message)
        }

        func describe(_ byte: UInt8?) -> String {
            guard let byte else { return "the end of the file" }
            if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            return String(format: "byte 0x%02X", byte)
        }

        mutating func skipSpace() {
            while let byte = current, [0x20, 0x09, 0x0A, 0x0D].contains(byte) { index += 1 }
        }

        mutating func value(depth: Int) throws {
            guard depth < StrictJSON.maximumDepth else { throw error("nested more than \(StrictJSON.maximumDepth) levels deep") }
            switch current {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case let byte? where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39): try number()
            case UInt8(ascii: "'")?: throw error("strings are written in double quotes (\"), not single quotes")
            default: throw error("expected a value (a string, number, object, list, true, false or null), found \(describe(current))")
            }
        }

        mutating func object(depth: Int) throws {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                guard current == UInt8(ascii: "\"") else {
                    throw error("expected a key in double quotes, found \(describe(current))")
                }
                try string()
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key, found \(describe(current))") }
                index += 1
                skipSpace()
                try value(depth: depth + 1)
                if try closes(with: "}", after: "a value") { return }
            }
        }

        mutating func array(depth: Int) throws {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                try value(depth: depth + 1)
                if try closes(with: "]", after: "a list item") { return }
            }
        }

        /// After an item of an object or a list: true past the closing bracket, false past a comma
        /// that another item follows; a missing comma or a trailing one is an error.
        mutating func closes(with close: Unicode.Scalar, after item: String) throws -> Bool {
            skipSpace()
            if current == UInt8(ascii: close) { index += 1; return true }
            guard current == UInt8(ascii: ",") else {
                throw error("expected ',' or '\(close)' after \(item), found \(describe(current)); is a comma missing?")
            }
            let comma = index
            index += 1
            skipSpace()
            if current == UInt8(ascii: close) {
                index = comma
                throw error("trailing comma before '\(close)': JSON allows none; remove it")
            }
            return false
        }

        mutating func string() throws {
            let start = index
            index += 1
            while let byte = current {
                if byte == UInt8(ascii: "\"") { index += 1; return }
                if byte < 0x20 { throw error("a control character (such as a line break) inside a string; write it as \\n or \\t") }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard let escaped = current else { break }
                    if escaped == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            index += 1
                            guard let hex = current, (Character(Unicode.Scalar(hex)).isHexDigit) else {
                                throw error("\\u must be followed by four hexadecimal digits")
                            }
                        }
                    } else if !Array("\"\\/bfnrt".utf8).contains(escaped) {
                        throw error("unknown escape \\\(Character(Unicode.Scalar(escaped))) in a string")
                    }
                }
                index += 1
            }
            index = start
            throw error("this string is never closed: add the closing \"")
        }

        mutating func literal(_ word: String) throws {
            let expected = Array(word.utf8)
            guard bytes.count >= index + expected.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw error("expected a value, found \(describe(current)); strings need double quotes")
            }
            index += expected.count
        }

        mutating func number() throws {
            func digits() -> Int {
                var count = 0
                while let byte = current, byte >= 0x30 && byte <= 0x39 { index += 1; count += 1 }
                return count
            }
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            let leadingZero = current == UInt8(ascii: "0")
            let integer = digits()
            guard integer > 0 else { throw error("a number needs digits after '-'") }
            if leadingZero && integer > 1 {
                index = start
                throw error("numbers do not start with 0 (write 7, not 07)")
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw error("a number needs digits after '.'") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw error("a number needs digits in its exponent") }
            }
        }
    }
}

extension StrictJSON.SyntaxError: Error {}
