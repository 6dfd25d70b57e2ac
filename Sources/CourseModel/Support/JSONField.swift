import Foundation

/// One value of a JSON object decoded on its own: absent, of the expected type, or of another type.
/// Decoding a field never throws, so one wrong value in a file is one problem, not a refusal of the file.
/// `JSONDecoder` keeps the types apart that `JSONSerialization` merges: `1` is not `true`, `"5"` not `5`.
enum JSONField<Value: Decodable>: Decodable {
    case absent
    case value(Value)
    /// Present, but `null` or not a `Value`.
    case wrongType

    init(from decoder: Decoder) {
        if let value = try? decoder.singleValueContainer().decode(Value.self) { self = .value(value) } else { self = .wrongType }
    }

    /// The value when present and of the right type.
    var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    var isPresent: Bool {
        if case .absent = self { return false }
        return true
    }
}

/// A key of a JSON object whose keys are not known ahead, to list them all.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == JSONKey {
    /// The value under `name`; `.absent` only when the key is missing (a `null` is a wrong type).
    func field<Value>(_ name: String) -> JSONField<Value> {
        let key = JSONKey(stringValue: name)
        guard contains(key) else { return .absent }
        return (try? decode(JSONField<Value>.self, forKey: key)) ?? .wrongType
    }
}
