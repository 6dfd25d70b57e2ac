import CourseModel

/// Reads linker output for symbols that the learner's code should have defined.
enum LinkerErrors {
    /// Names from `undefined reference to 'name'` lines, de-duplicated, in order.
    static func undefinedSymbols(in output: String) -> [String] {
        var names: [String] = []
        for line in output.split(separator: "\n") {
            guard let range = line.range(of: "undefined reference to ") else { continue }
            let rest = line[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "`'\u{2018}\u{2019} "))
            if !rest.isEmpty, !names.contains(rest) { names.append(rest) }
        }
        return names
    }
}

import Foundation
