import CourseModel
import Foundation

/// An `EquivalentMutant` mark (part of the settings, in CourseModel) matched against a generated mutant.
extension EquivalentMutant {
    /// Whether this mark names the mutant.
    public func matches(_ mutant: Mutant) -> Bool {
        if let original, let mutated {
            return original.trimmingCharacters(in: .whitespaces) == mutant.originalLine.trimmingCharacters(in: .whitespaces)
                && mutated.trimmingCharacters(in: .whitespaces) == mutant.mutatedLine.trimmingCharacters(in: .whitespaces)
        }
        return id == mutant.id
    }
}
