// Generated test cases, part two: values described and compared through their stored fields (reflection),
// so a learner type's own `==` or `description` never decides. Appended to the harness module after
// CourseGenerators.swift; standard library and Glibc only.
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Describing and comparing values

/// A value as Swift-like text built from its stored fields (a learner's `description` is never used):
/// `Summary(count: 3, min: 1000000000.0)`, strings quoted with escapes, Doubles exact.
public func courseDescribe(_ value: Any, depth: Int = 0) -> String {
    if depth > 8 { return "…" }
    if let text = value as? String { return courseQuoted(text) }
    if let character = value as? Character { return courseQuoted(String(character)) }
    if let double = value as? Double { return courseDouble(double) }
    if let float = value as? Float { return courseDouble(Double(float)) }
    let mirror = Mirror(reflecting: value)
    let name = courseTypeName(type(of: value))
    switch mirror.displayStyle {
    case .optional:
        guard let wrapped = mirror.children.first else { return "nil" }
        return courseDescribe(wrapped.value, depth: depth + 1)
    case .collection, .set:
        let items = mirror.children.prefix(50).map { courseDescribe($0.value, depth: depth + 1) }
        return "[" + items.joined(separator: ", ") + (mirror.children.count > 50 ? ", … (\(mirror.children.count) in all)" : "") + "]"
    case .dictionary:
        let items = mirror.children.prefix(50).map { entry -> String in
            let pair = Array(Mirror(reflecting: entry.value).children)
            guard pair.count == 2 else { return courseDescribe(entry.value, depth: depth + 1) }
            return courseDescribe(pair[0].value, depth: depth + 1) + ": " + courseDescribe(pair[1].value, depth: depth + 1)
        }.sorted()
        return items.isEmpty ? "[:]" : "[" + items.joined(separator: ", ") + "]"
    case .tuple:
        return "(" + mirror.children.map { ($0.label.map { $0.hasPrefix(".") ? "" : $0 + ": " } ?? "") + courseDescribe($0.value, depth: depth + 1) }
            .joined(separator: ", ") + ")"
    case .enum:
        guard let payload = mirror.children.first else { return "." + courseCaseName(value) }
        return "." + (payload.label ?? courseCaseName(value)) + "(" + courseDescribe(payload.value, depth: depth + 1) + ")"
    case .struct, .class:
        let fields = courseFields(mirror)
        return name + "(" + fields.map { "\($0.0): " + courseDescribe($0.1, depth: depth + 1) }.joined(separator: ", ") + ")"
    default:
        return "\(value)"
    }
}

/// The difference between two values, field by field, or nil when they are the same: Doubles within
/// `tolerance` (relative, and absolute near zero; NaN equals NaN; -0.0 equals 0.0), collections item by
/// item, structs and classes by their stored fields, whatever their own `==` says. The two values may be
/// of different types with the same shape (the learner's `Summary` and the reference's).
public func courseDifference(_ actual: Any, _ expected: Any, tolerance: Double = 1e-9, path: String = "") -> String? {
    courseDiff(actual, expected, tolerance: tolerance, path: path, depth: 0)
}

private func courseDiff(_ actual: Any, _ expected: Any, tolerance: Double, path: String, depth: Int) -> String? {
    let here = path.isEmpty ? "the result" : path
    if depth > 12 { return nil }
    if let a = courseNumber(actual), let e = courseNumber(expected) {
        return courseClose(a, e, tolerance: tolerance) ? nil : "\(here) is \(courseDouble(a)), expected \(courseDouble(e))"
    }
    let am = Mirror(reflecting: actual), em = Mirror(reflecting: expected)
    if am.displayStyle == .optional || em.displayStyle == .optional {
        let a: Any? = am.displayStyle == .optional ? am.children.first?.value : actual
        let e: Any? = em.displayStyle == .optional ? em.children.first?.value : expected
        switch (a, e) {
        case (nil, nil): return nil
        case (nil, let e?): return "\(here) is nil, expected \(courseDescribe(e))"
        case (let a?, nil): return "\(here) is \(courseDescribe(a)), expected nil"
        case (let a?, let e?): return courseDiff(a, e, tolerance: tolerance, path: path, depth: depth + 1)
        }
    }
    if let a = actual as? String, let e = expected as? String {
        return a == e ? nil : "\(here) is \(courseQuoted(a)), expected \(courseQuoted(e))"
    }
    if let a = actual as? Character, let e = expected as? Character {
        return a == e ? nil : "\(here) is \(courseQuoted(String(a))), expected \(courseQuoted(String(e)))"
    }
    switch (am.displayStyle, em.displayStyle) {
    case (.collection?, .collection?), (.set?, .set?), (.dictionary?, .dictionary?):
        var a = am.children.map(\.value), e = em.children.map(\.value)
        if am.displayStyle != .collection {  // no order: compare in the order of their descriptions
            a.sort { courseDescribe($0) < courseDescribe($1) }
            e.sort { courseDescribe($0) < courseDescribe($1) }
        }
        if a.count != e.count {
            return "\(here) has \(a.count) item\(a.count == 1 ? "" : "s"), expected \(e.count): \(courseDescribe(actual)), expected \(courseDescribe(expected))"
        }
        for (index, (x, y)) in zip(a, e).enumerated() {
            if let difference = courseDiff(x, y, tolerance: tolerance, path: "\(here)[\(index)]", depth: depth + 1) {
                return am.displayStyle == .collection ? difference
                    : "\(here) is \(courseDescribe(actual)), expected \(courseDescribe(expected))"
            }
        }
        return nil
    case (.enum?, .enum?):
        let aCase = am.children.first?.label ?? courseCaseName(actual), eCase = em.children.first?.label ?? courseCaseName(expected)
        if aCase != eCase { return "\(here) is \(courseDescribe(actual)), expected \(courseDescribe(expected))" }
        if let x = am.children.first?.value, let y = em.children.first?.value {
            return courseDiff(x, y, tolerance: tolerance, path: path.isEmpty ? "the ." + aCase + " payload" : path, depth: depth + 1)
        }
        return nil
    case (.tuple?, .tuple?), (.struct?, .struct?), (.class?, .class?), (.struct?, .class?), (.class?, .struct?):
        let af = courseFields(am), ef = courseFields(em)
        if af.map(\.0) != ef.map(\.0) && am.displayStyle != .tuple {
            return "\(here) is \(courseDescribe(actual)), expected \(courseDescribe(expected))"
        }
        for (x, y) in zip(af, ef) {
            let label = x.0.hasPrefix(".") ? String(x.0.dropFirst()) : x.0
            let next = path.isEmpty ? label : "\(path).\(label)"
            if let difference = courseDiff(x.1, y.1, tolerance: tolerance, path: next, depth: depth + 1) { return difference }
        }
        return af.count == ef.count ? nil : "\(here) is \(courseDescribe(actual)), expected \(courseDescribe(expected))"
    default:
        // Leaves of the standard library (Int, Bool, …) and anything else: their exact text.
        let a = courseDescribe(actual), e = courseDescribe(expected)
        return a == e ? nil : "\(here) is \(a), expected \(e)"
    }
}

private func courseFields(_ mirror: Mirror) -> [(String, Any)] {
    var fields: [(String, Any)] = []
    if let parent = mirror.superclassMirror { fields = courseFields(parent) }
    for (index, child) in mirror.children.enumerated() { fields.append((child.label ?? ".\(index)", child.value)) }
    return fields
}

private func courseNumber(_ value: Any) -> Double? {
    if let double = value as? Double { return double }
    if let float = value as? Float { return Double(float) }
    return nil
}

private func courseClose(_ a: Double, _ e: Double, tolerance: Double) -> Bool {
    if a.isNaN || e.isNaN { return a.isNaN && e.isNaN }
    if a == e { return true }
    if a.isInfinite || e.isInfinite { return false }
    return abs(a - e) <= tolerance * max(1, abs(a), abs(e))
}

private func courseDouble(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-infinity" : "infinity" }
    return "\(value)"
}

private func courseQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                || scalar.properties.generalCategory == .format || (scalar.properties.isWhitespace && scalar != " ")
                || (scalar.properties.generalCategory == .nonspacingMark && out.unicodeScalars.last == "\"") {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else if scalar.properties.generalCategory == .nonspacingMark {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

private func courseTypeName(_ type: Any.Type) -> String {
    let full = String(reflecting: type)
    // "Submission.Summary" and "Reference.Summary" both read "Summary"; generic arguments keep theirs.
    return full.split(separator: "<", maxSplits: 1).first.map { head -> String in
        let last = head.split(separator: ".").last.map(String.init) ?? String(head)
        return full.contains("<") ? last + "<" + full.split(separator: "<", maxSplits: 1)[1] : last
    } ?? full
}

private func courseCaseName(_ value: Any) -> String {
    let text = "\(value)"  // a payload-free case prints its name (unless the type describes itself)
    return String(text.split(separator: ".").last ?? Substring(text))
}
