import CourseGrading
import CourseModel

/// Test methods that XCTest would silently never run: `func test…` with parameters, and `func test…()`
/// outside a class that inherits `XCTestCase`.
enum SuiteShapeCheck {
    static func problems(in suite: [ExerciseSources.File]) -> [CourseProblem] {
        let tokenized = suite.map { ($0.path, $0.tokens) }
        let testClasses = xcTestClasses(tokenized.map(\.1))
        var problems: [CourseProblem] = []
        for (path, tokens) in tokenized {
            var owners: [(name: String?, depth: Int)] = []  // the type (or extension) whose body we are in
            var pending: String?? = nil
            var depth = 0
            for (index, token) in tokens.enumerated() {
                switch token.text {
                case "class", "struct", "enum", "actor", "extension":
                    // `class func` is a method, not a class.
                    guard index + 1 < tokens.count, !["func", "var", "let"].contains(tokens[index + 1].text) else { break }
                    pending = .some(tokens[index + 1].text)
                case "{":
                    depth += 1
                    if let name = pending { owners.append((name, depth)); pending = nil }
                case "}":
                    if let last = owners.last, last.depth == depth { owners.removeLast() }
                    depth = max(0, depth - 1)
                case "func" where index + 2 < tokens.count:
                    let name = tokens[index + 1].text
                    guard name.hasPrefix("test"), !hasAttribute("Test", before: index, in: tokens) else { break }
                    let inBody = owners.last.map { $0.depth == depth } ?? (depth == 0)
                    guard inBody else { break }  // a nested function
                    let owner = owners.last?.name ?? nil
                    let isTestClass = owner.map(testClasses.contains) ?? false
                    let takesParameters = tokens[index + 2].text == "(" && index + 3 < tokens.count && tokens[index + 3].text != ")"
                    if isTestClass, takesParameters {
                        problems.append(CourseProblem(file: path, line: token.line,
                            "\(name) takes parameters, so XCTest never runs it: a test method takes none. Remove the parameters (loop over the cases inside the test) or rename it if it is a helper"))
                    } else if !isTestClass, !takesParameters, !returnsValue(tokens, after: index + 2) {
                        let place = owner.map { "in \($0), which does not inherit XCTestCase" } ?? "outside any class"
                        problems.append(CourseProblem(file: path, line: token.line,
                            "\(name)() is \(place), so it never runs: move it into a 'final class …: XCTestCase'"))
                    }
                default: break
                }
            }
        }
        return problems
    }

    /// Classes that inherit `XCTestCase`, directly or through another class of the suite.
    static func xcTestClasses(_ files: [[SwiftToken]]) -> Set<String> {
        var parents: [String: String] = [:]
        for tokens in files {
            for (index, token) in tokens.enumerated() where token.text == "class" && index + 3 < tokens.count && tokens[index + 2].text == ":" {
                parents[tokens[index + 1].text] = tokens[index + 3].text
            }
        }
        var result: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for (child, parent) in parents where !result.contains(child) && (parent == "XCTestCase" || result.contains(parent)) {
                result.insert(child)
                changed = true
            }
        }
        return result
    }

    /// Whether `@name` is among the attributes and modifiers in front of the token at `index`.
    static func hasAttribute(_ name: String, before index: Int, in tokens: [SwiftToken]) -> Bool {
        var k = index - 1
        while k >= 1, tokens[k].line >= tokens[index].line - 3 {
            if tokens[k].text == name && tokens[k - 1].text == "@" { return true }
            if ["}", "{", ";"].contains(tokens[k].text) { return false }
            k -= 1
        }
        return false
    }

    /// Whether the signature whose `(` is at `open` declares a return type (a helper, not a test).
    static func returnsValue(_ tokens: [SwiftToken], after open: Int) -> Bool {
        var k = open, depth = 0
        while k < tokens.count {
            let text = tokens[k].text
            if text == "(" { depth += 1 }
            if text == ")" { depth -= 1 }
            if depth == 0 && text == "{" { return false }
            if depth == 0 && text == "-" && k + 1 < tokens.count && tokens[k + 1].text == ">" { return true }
            k += 1
        }
        return false
    }
}
