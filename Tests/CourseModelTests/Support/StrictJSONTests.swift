import CourseModel
import Foundation
import XCTest

/// Course files are plain JSON: the first mistake is reported by line and column, trailing commas included.
final class StrictJSONTests: XCTestCase {
    func error(_ text: String) -> String? {
        StrictJSON.firstError(in: Data(text.utf8)).map { "\($0.line):\($0.column): \($0.message)" }
    }

    func testValidJSONHasNoError() {
        for text in [#"{}"#, #"{"a": [1, -2.5e3, true, false, null, "x\n\u00e9"]}"#, "\u{FEFF}{\"a\": {}}\n", #"  [ ]  "#, #""Äpfel""#] {
            XCTAssertNil(error(text), text)
        }
    }

    func testMistakesAreLocatedAndExplained() {
        let table: [(String, String)] = [
            ("{\n  \"title\": \"x\",\n}", "2:15: trailing comma before '}': JSON allows none; remove it"),
            ("{\"hints\": [\"a\", \"b\",]}", "1:20: trailing comma before ']': JSON allows none; remove it"),
            ("{\"title\": \"x\" \"hints\": []}", "1:15: expected ',' or '}' after a value, found '\"'; is a comma missing?"),
            ("{'title': 1}", "1:2: expected a key in double quotes, found '''"),
            ("{\"title\" 1}", "1:10: expected ':' after the key, found '1'"),
            ("{\"a\": \"Äpfel}", "1:7: this string is never closed: add the closing \""),
            ("{\"a\": 07}", "1:7: numbers do not start with 0 (write 7, not 07)"),
            ("{\"a\": tru}", "1:7: expected a value, found 't'; strings need double quotes"),
            ("{\"a\": 1} {}", "1:10: extra text after the JSON value; a file holds one object"),
            ("", "1:1: expected a value (a string, number, object, list, true, false or null), found the end of the file"),
            ("{\"a\": \"x\ty\"}", "1:9: a control character (such as a line break) inside a string; write it as \\n or \\t"),
            (String(repeating: "[", count: 500), "1:201: nested more than 200 levels deep"),
        ]
        for (text, expected) in table { XCTAssertEqual(error(text), expected, text) }
    }

    func testTheColumnCountsCharactersNotBytes() {
        XCTAssertEqual(error("{\"ä\": 1,}"), "1:8: trailing comma before '}': JSON allows none; remove it")
    }
}
