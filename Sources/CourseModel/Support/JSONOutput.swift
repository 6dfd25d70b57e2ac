import Foundation

/// The one encoder of every JSON the tool writes (printed output, progress, scaffolded settings):
/// pretty, sorted keys, slashes unescaped, dates in ISO 8601.
public enum JSONOutput {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// The JSON of a value; an encoding failure is thrown, never printed as nothing.
    public static func data<Value: Encodable>(_ value: Value) throws -> Data {
        try encoder().encode(value)
    }

    /// The JSON of a value as text.
    public static func text<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }
}
