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

/// Reads whole numbers from `JSONSerialization` output, where `true` also casts to `Int`.
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
}
