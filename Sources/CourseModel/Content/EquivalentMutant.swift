import Foundation

/// An instructor's mark, in `exercise.json`, that a mutant is equivalent: it changes the code but
/// no test could ever tell (`max(a, b)` with the arguments swapped, a capacity hint off by one).
///
/// ```json
/// "equivalent_mutants": [
///   {"original": "samples.reserveCapacity(max(0, measuredRuns))", "mutated": "", "reason": "only a capacity hint"},
///   {"id": "integer-literal@13:33#3f22d6d8", "reason": "…"}
/// ]
/// ```
///
/// Two ways to name the mutant, both printed for every survivor:
/// - `original` and `mutated`: the changed line before and after, as shown in the report's diff
///   (indentation ignored). This is the robust form: it keeps matching when lines are added above,
///   the file is re-indented, or other lines change. If the same change is possible on two identical
///   lines, it marks both.
/// - `id`: the mutant's exact id. It names one mutant precisely, but the id holds the line and
///   column, so any edit above the mutant makes the mark stale (the report then lists it).
public struct EquivalentMutant: Equatable, Codable, Sendable {
    public var id: String?
    public var original: String?
    public var mutated: String?
    /// Why no test can tell the mutant from the solution.
    public var reason: String

    public init(id: String? = nil, original: String? = nil, mutated: String? = nil, reason: String) {
        self.id = id
        self.original = original
        self.mutated = mutated
        self.reason = reason
    }

    /// Parses the `equivalent_mutants` value of `exercise.json`; every problem says how to fix it.
    static func parseList(_ field: JSONField<[JSONField<ExerciseSettingsFile.StringTable>]>) -> ([EquivalentMutant], [String]) {
        let shape = "\"equivalent_mutants\" must be a list of {\"original\": …, \"mutated\": …, \"reason\": …} or {\"id\": …, \"reason\": …}"
        guard let list = field.value else { return ([], [shape]) }
        var marks: [EquivalentMutant] = [], problems: [String] = []
        for (index, item) in list.enumerated() {
            guard let entry = item.value else { problems.append(shape); continue }
            let unknown = Set(entry.keys).subtracting(["id", "original", "mutated", "reason"]).sorted()
            for key in unknown { problems.append("\"equivalent_mutants\"[\(index)] has an unknown key \"\(key)\"; use id, original, mutated and reason") }
            let id = entry["id"]?.value, original = entry["original"]?.value, mutated = entry["mutated"]?.value
            guard let reason = entry["reason"]?.value?.trimmingCharacters(in: .whitespaces), !reason.isEmpty else {
                problems.append("\"equivalent_mutants\"[\(index)] needs a \"reason\": why can no test tell this mutant from the solution?")
                continue
            }
            guard id != nil || (original != nil && mutated != nil) else {
                problems.append("\"equivalent_mutants\"[\(index)] needs \"original\" and \"mutated\" (the lines of the report's diff) or an \"id\"")
                continue
            }
            marks.append(EquivalentMutant(id: id, original: original, mutated: mutated, reason: reason))
        }
        return (marks, problems)
    }
}
