// Plausible wrong answer: ISO dates and sorted keys, but Swift's camelCase property names leak into the JSON.
import Foundation

struct SensorReading: Codable, Equatable {
    var sensorId: String
    var takenAt: Date
    var valueCelsius: Double
    var tags: [String]
}

func encodeForPython(_ readings: [SensorReading]) throws -> Data {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(readings)
}

func decodeFromPython(_ data: Data) throws -> [SensorReading] {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode([SensorReading].self, from: data)
}
