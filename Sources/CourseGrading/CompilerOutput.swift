import CourseModel

/// Keeps compiler output readable: at most the first 120 lines, with a note about the rest.
enum CompilerOutput {
    static func trim(_ output: String, lines limit: Int = 120) -> String {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > limit else { return output }
        return lines.prefix(limit).joined(separator: "\n") + "\n… (\(lines.count - limit) more lines)"
    }
}
