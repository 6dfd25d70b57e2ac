import CourseGrading
import CourseModel

/// Operators in the exercise's API: the grader imports that API into the suite declaration by
/// declaration, by name, and neither a custom operator nor a top-level operator function can be named.
enum OperatorCheck {
    static let operatorCharacters = Set("/=-+!*%<>&|^~?.")

    static func problems(in files: [ExerciseSources.File]) -> [CourseProblem] {
        var problems: [CourseProblem] = []
        for file in files {
            let tokens = file.tokens
            var depth = 0
            for (index, token) in tokens.enumerated() {
                if token.text == "{" { depth += 1 } else if token.text == "}" { depth = max(0, depth - 1) }
                guard depth == 0 else { continue }
                if token.text == "operator", index > 0, ["prefix", "infix", "postfix"].contains(tokens[index - 1].text) {
                    let name = symbol(tokens, from: index + 1)
                    problems.append(CourseProblem(file: file.path, line: token.line,
                        "declares the custom operator `\(name)`: the tests see the exercise's API through imports by name, which cannot bring in an operator. Use a named function or method instead"))
                } else if token.text == "func", index + 1 < tokens.count, isOperator(tokens[index + 1].text) {
                    let name = symbol(tokens, from: index + 1)
                    problems.append(CourseProblem(file: file.path, line: token.line,
                        "declares the operator function `\(name)` at top level, where the tests' imports by name cannot reach it. Declare it inside the type as 'static func \(name)(…)'"))
                }
            }
        }
        return problems
    }

    /// Whether a token is one operator character.
    static func isOperator(_ text: String) -> Bool {
        text.count == 1 && text.first.map(operatorCharacters.contains) == true
    }

    /// The operator spelled by consecutive punctuation tokens on one line, from `start`.
    static func symbol(_ tokens: [SwiftToken], from start: Int) -> String {
        var text = ""
        var k = start
        while k < tokens.count, tokens[k].line == tokens[start].line, isOperator(tokens[k].text) {
            text += tokens[k].text
            k += 1
        }
        return text.isEmpty ? "?" : text
    }
}
