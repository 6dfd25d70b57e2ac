import Foundation

/// Short, human wording for JSON errors from Foundation.
enum JSONText {
    /// Foundation's own JSON error text without the NSError boilerplate.
    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let debug = ns.userInfo["NSDebugDescription"] as? String, !debug.isEmpty { return debug }
        return ns.localizedDescription
    }
}

/// Reads numbers and booleans from `JSONSerialization` output, where `1` also casts to `Bool` and `true` to `Int`.
enum JSONValue {
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    static func integer(_ value: Any?) -> Int? {
        guard let value, !isBoolean(value), let number = value as? NSNumber else { return nil }
        let double = number.doubleValue
        guard double == double.rounded(), abs(double) < 1e15 else { return nil }
        return number.intValue
    }

    static func double(_ value: Any?) -> Double? {
        guard let value, !isBoolean(value), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    static func boolean(_ value: Any?) -> Bool? {
        guard let value, isBoolean(value), let number = value as? NSNumber else { return nil }
        return number.boolValue
    }
}
