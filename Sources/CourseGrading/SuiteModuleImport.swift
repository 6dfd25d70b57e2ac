import Foundation

/// An imported suite's import of its own track module (`@testable import Bob`, `"suite_module": "Bob"` in
/// `exercise.json`), handled when the grader writes the scratch copy: the stored file is never edited.
///
/// The import lines become empty lines, so every line number still points at the stored file; the scoped
/// imports of the exercise's API take their place. A name qualified with the module (`Hamming.compute`)
/// is qualified with the learner module instead — unless the contract declares a type of that name
/// (`Bob.response` calls a member of `enum Bob`).
public enum SuiteModuleImport {
    public static func rewrite(_ source: String, module: String, learnerModule: String, contractTypes: Set<String>) -> String {
        let qualify = !contractTypes.contains(module)
        var lines: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if importsModule(line, module) {
                lines.append("")
            } else if qualify, line.contains(module + ".") {
                lines.append(requalify(String(line), module: module, as: learnerModule))
            } else {
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Whether the line is `import M`, `@testable import M` or `@_exported import M`, with optional comment.
    static func importsModule(_ line: Substring, _ module: String) -> Bool {
        var words = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first?
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) ?? []
        while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
        return words.count == 2 && words[0] == "import" && words[1] == module
    }

    /// `M.name` → `L.name` where `M` starts a name (not a member `x.M.name`, not part of `AM.name`).
    static func requalify(_ line: String, module: String, as learner: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let range = rest.range(of: module + ".") {
            let before = rest[..<range.lowerBound]
            let previous = before.last ?? result.last
            let startsName = previous.map { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") } ?? true
            result += before
            result += startsName ? learner + "." : module + "."
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
