import Foundation

/// The one encoder of every JSON the tool writes (printed output, progress, scaffolded settings, a learner
/// edition's copies of the course's own files): pretty, sorted keys, slashes unescaped, dates in ISO 8601.
public enum JSONOutput {
    /// `keys`: `.convertToSnakeCase` for a report whose Swift names are camelCase (`validate --mutate --json`).
    public static func encoder(keys: JSONEncoder.KeyEncodingStrategy = .useDefaultKeys) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = keys
        return encoder
    }

    /// The JSON of a value; an encoding failure is thrown, never printed as nothing.
    public static func data<Value: Encodable>(_ value: Value, keys: JSONEncoder.KeyEncodingStrategy = .useDefaultKeys) throws -> Data {
        try encoder(keys: keys).encode(value)
    }

    /// The JSON of a value as text.
    public static func text<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }

    /// A JSON object the tool copies without modelling every key (an author's `course.json` with keys of their
    /// own), written in the same format as the encoder's.
    public static func data(object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
