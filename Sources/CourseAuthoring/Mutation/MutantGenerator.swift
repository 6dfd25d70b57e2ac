import CourseModel
import Foundation

/// Plants every operator's mutants in a source and keeps a sensible set of them.
///
/// Mutants are generated in source order; identical mutated sources are kept once (the first),
/// edits that change nothing are dropped, and at most `perOperatorPerLine` mutants of one
/// operator are kept on one line, because a second `1` → `2` on the same line rarely tells the
/// instructor anything the first did not. Nothing is ever edited inside a comment or a string.
public struct MutantGenerator: Sendable {
    public var operators: Set<MutationOperator>
    public var perOperatorPerLine: Int

    public init(operators: Set<MutationOperator> = Set(MutationOperator.allCases), perOperatorPerLine: Int = 2) {
        self.operators = operators
        self.perOperatorPerLine = perOperatorPerLine
    }

    public func mutants(of text: String) -> [Mutant] {
        let source = MutationSource(text)
        var edits: [SourceEdit] = []
        edits += OperatorMutations.edits(source)
        edits += LiteralMutations.edits(source)
        edits += ConditionNegation.edits(source)
        edits += StatementRemoval.edits(source)
        edits += OwnershipMutations.edits(source)
        edits += DefaultReturn.edits(source)
        edits += ArgumentSwap.edits(source)
        edits = edits.filter { operators.contains($0.mutationOperator) }
        edits.sort { ($0.start, $0.end, $0.mutationOperator.rawValue, $0.replacement) < ($1.start, $1.end, $1.mutationOperator.rawValue, $1.replacement) }
        var seen = Set<String>([text])
        var perLine: [String: Int] = [:]
        var mutants: [Mutant] = []
        for edit in edits {
            guard let mutant = Self.apply(edit, to: source) else { continue }
            let lineKey = "\(edit.mutationOperator.rawValue)@\(mutant.line)"
            guard perLine[lineKey, default: 0] < perOperatorPerLine, seen.insert(mutant.source).inserted else { continue }
            perLine[lineKey, default: 0] += 1
            mutants.append(mutant)
        }
        return mutants
    }

    /// The mutant an edit makes, or nil if the edit would span lines.
    static func apply(_ edit: SourceEdit, to source: MutationSource) -> Mutant? {
        guard edit.start >= 0, edit.start <= edit.end, edit.end <= source.scalars.count, !edit.replacement.contains("\n") else { return nil }
        let line = (source.lineStarts.lastIndex { $0 <= edit.start } ?? 0) + 1
        let lineStart = source.lineStarts[line - 1]
        let lineEnd = line < source.lineStarts.count ? source.lineStarts[line] - 1 : source.scalars.count
        guard edit.end <= lineEnd else { return nil }
        let before = source.text(lineStart, edit.start), after = source.text(edit.end, lineEnd)
        let mutatedLine = before + edit.replacement + after
        let full = source.text(0, edit.start) + edit.replacement + source.text(edit.end, source.scalars.count)
        let column = edit.start - lineStart + 1
        let hash = String(SHA256.hex(Data("\(edit.end - edit.start)|\(edit.replacement)".utf8)).prefix(8))
        return Mutant(id: "\(edit.mutationOperator.rawValue)@\(line):\(column)#\(hash)", mutationOperator: edit.mutationOperator,
                      line: line, column: column, originalLine: source.line(line), mutatedLine: mutatedLine, source: full)
    }
}
