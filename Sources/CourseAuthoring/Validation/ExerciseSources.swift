import CourseGrading
import CourseModel
import Foundation

/// The Swift text of one exercise that the static checks read: starter, solution, suite files and
/// support files, each with its course-relative path. Missing files are simply absent.
struct ExerciseSources {
    /// One file: its course-relative path and text.
    struct File {
        var path: String
        var text: String
        var tokens: [SwiftToken] { SwiftTokenizer.tokens(text) }
    }

    var exercise: Exercise
    var starter: File?
    var solution: File?
    var suite: [File]
    var support: [File]

    init(course: Course, inputs: ExerciseInputs) {
        let exercise = inputs.exercise
        self.exercise = exercise
        func read(_ path: String) -> File? {
            guard let data = RegularFile.contents(course.url(path).path), let text = String(data: data, encoding: .utf8) else { return nil }
            return File(path: path, text: text)
        }
        starter = read(exercise.starterPath)
        solution = read(exercise.solutionPath)
        suite = zip(inputs.suiteFiles, inputs.suiteSources).map {
            File(path: (inputs.isPublicFile($0.0) ? exercise.publicTestsPath : exercise.suitePath) + "/" + URL(fileURLWithPath: $0.0).lastPathComponent,
                 text: $0.1)
        }
        support = inputs.supportSwift.compactMap { read(exercise.supportPath + "/" + URL(fileURLWithPath: $0).lastPathComponent) }
    }

    /// The 1-based line of the first line containing `text`, if any.
    static func line(of text: String, in source: String) -> Int? {
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(text) {
            return index + 1
        }
        return nil
    }
}

/// Top-level declarations with the line each is on, for problems that point at one.
enum DeclarationLines {
    /// `name` → the line of its first top-level declaration in `tokens`.
    static func lines(in tokens: [SwiftToken]) -> [String: Int] {
        var result: [String: Int] = [:]
        var depth = 0
        let kinds: Set<String> = ["struct", "enum", "actor", "typealias", "class", "protocol", "func", "let", "var"]
        for (index, token) in tokens.enumerated() {
            if token.text == "{" { depth += 1 } else if token.text == "}" { depth = max(0, depth - 1) }
            guard depth == 0, kinds.contains(token.text), index + 1 < tokens.count else { continue }
            if index > 0 && tokens[index - 1].text == "import" { continue }
            let name = tokens[index + 1].text
            if result[name] == nil { result[name] = token.line }
        }
        return result
    }
}
