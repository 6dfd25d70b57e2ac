import CourseGrading
import CourseModel

/// A starter whose API extends another module's type (`extension Array { func runningTotals() … }`)
/// must say so in `allow_extensions`: otherwise the object inspection refuses every learner's file,
/// the reference solution's too.
enum ExtensionContractCheck {
    static func problems(in sources: ExerciseSources) -> [CourseProblem] {
        guard let starter = sources.starter else { return [] }
        let declared = Set(([starter] + sources.support).flatMap { SuiteScanner.topLevelDeclarations(in: $0.text).map(\.name) })
        let allowed = Set(sources.exercise.settings.allowExtensions)
        return extensions(in: starter.text).filter { !declared.contains($0.name) && !allowed.contains($0.name) }.map { found in
            CourseProblem(file: starter.path, line: found.line,
                "extends `\(found.name)`, a type of another module, which the grader refuses unless the exercise allows it: "
                + "add \"allow_extensions\": [\"\(found.name)\"] to \(sources.exercise.settingsPath)")
        }
    }

    /// The extended type names of the top-level extensions of a source text, each once, with its line.
    static func extensions(in source: String) -> [(name: String, line: Int)] {
        let tokens = SwiftTokenizer.tokens(source)
        var depth = 0
        var found: [(name: String, line: Int)] = []
        for (index, token) in tokens.enumerated() {
            switch token.text {
            case "{": depth += 1
            case "}": depth = max(0, depth - 1)
            case "extension" where depth == 0 && index + 1 < tokens.count:
                let name = tokens[index + 1].text
                if SuiteScanner.isName(name), !found.contains(where: { $0.name == name }) { found.append((name, token.line)) }
            default: break
            }
        }
        return found
    }
}
