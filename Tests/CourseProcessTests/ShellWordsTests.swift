@testable import CourseProcess
import XCTest

/// The driver's `-###` lines, split as a POSIX shell would; anything else is refused, never guessed.
final class ShellWordsTests: XCTestCase {
    func testSplitsQuotedWords() {
        let table: [(String, [String]?)] = [
            ("/usr/bin/swift-frontend -frontend -c a.swift", ["/usr/bin/swift-frontend", "-frontend", "-c", "a.swift"]),
            ("cc '/tmp/sp ace/a b.swift' -o x", ["cc", "/tmp/sp ace/a b.swift", "-o", "x"]),
            ("cc -o '/tmp/o'\\''x.o'", ["cc", "-o", "/tmp/o'x.o"]),
            ("cc \"a \\\"b\\\"\" c\\ d", ["cc", "a \"b\"", "c d"]),
            ("cc @/tmp/r.autolink  -L /lib", ["cc", "@/tmp/r.autolink", "-L", "/lib"]),
            ("cc ''", ["cc", ""]),
            ("cc 'unclosed", nil),
            ("cc \"$HOME\"", nil),
            ("cc a; rm -rf b", nil),
            ("cc `id`", nil),
            ("cc a | tee", nil),
        ]
        for (line, words) in table {
            XCTAssertEqual(ShellWords.split(line), words, line)
        }
    }
}
