/// Comma-separated values as spreadsheets and learning platforms write them (RFC 4180): fields in double quotes
/// may hold commas, quotes (doubled) and line breaks; lines end in LF or CRLF; a leading byte-order mark is
/// dropped. Every character is read once, so parsing always ends.
public enum CSVTable {
    public struct Problem: Error, Equatable {
        public var line: Int
        public var reason: String
    }

    /// The rows, each a list of fields; blank lines are passed over.
    public static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var line = 1
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        func endRow() {
            row.append(field)
            if !(row.count == 1 && row[0].isEmpty && !wasQuoted) { rows.append(row) }
            row = []; field = ""; wasQuoted = false
        }
        while index < characters.count {
            let scalar = characters[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < characters.count && characters[index] == "\"" { field.unicodeScalars.append("\""); index += 1 } else { quoted = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty else { throw Problem(line: line, reason: "a quote inside an unquoted field; put the whole field in double quotes and double the quote") }
                quoted = true; wasQuoted = true
            case ",":
                row.append(field); field = ""; wasQuoted = false
            case "\r" where index < characters.count && characters[index] == "\n":
                break
            case "\n", "\r":
                endRow()
                line += 1
            default:
                if wasQuoted { throw Problem(line: line, reason: "text after a closing quote; a quoted field must end at a comma or the end of the line") }
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw Problem(line: line, reason: "a quoted field is never closed") }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
        return rows
    }
}
