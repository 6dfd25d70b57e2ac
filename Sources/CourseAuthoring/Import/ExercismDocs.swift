import Foundation

/// An Exercism exercise's `.docs/` as a lesson and hints.
enum ExercismDocs {
    /// The exercise's text: the introduction, the instructions and their appendix, each heading one
    /// level down (the lesson's title is the one top heading).
    static func lesson(folder: URL) -> String {
        let parts = ["introduction.md", "instructions.md", "instructions.append.md"].compactMap {
            try? String(contentsOf: folder.appendingPathComponent(".docs/" + $0), encoding: .utf8)
        }
        return parts.map { demoteHeadings($0).trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// `# X` → `## X` outside fenced code blocks; Exercism's admonitions (`~~~~exercism/note` … `~~~~`)
    /// become block quotes headed by their kind, since they are prose, not code.
    static func demoteHeadings(_ markdown: String) -> String {
        var inFence = false, inNote = false
        return markdown.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            if !inFence, line.hasPrefix("~~~"), line.drop(while: { $0 == "~" }).hasPrefix("exercism/") {
                inNote = true
                return "> **" + line.drop(while: { $0 == "~" }).dropFirst("exercism/".count).capitalized + "**\n>"
            }
            if inNote {
                if line.hasPrefix("~~~") { inNote = false; return nil }
                return line.isEmpty ? ">" : "> " + line
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
            return !inFence && line.hasPrefix("#") && line.drop(while: { $0 == "#" }).first == " " ? "#" + line : String(line)
        }.joined(separator: "\n")
    }

    /// One hint per `## ` section of `hints.md` (its heading, then its text); a file without sections is
    /// one hint. Nil text or nothing but a heading: no hints.
    static func hints(_ text: String?) -> [String] {
        guard let text else { return [] }
        var preamble: [Substring] = []
        var sections: [(heading: Substring, lines: [Substring])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("# ") {
            if line.hasPrefix("## ") {
                sections.append((line.dropFirst(3), []))
            } else if sections.isEmpty {
                preamble.append(line)
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        func joined(_ lines: [Substring]) -> String { lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
        let first = joined(preamble)
        return (first.isEmpty ? [] : [first]) + sections.compactMap { section in
            let body = joined(section.lines)
            return body.isEmpty ? nil : section.heading.trimmingCharacters(in: .whitespaces) + ":\n" + body
        }
    }
}
