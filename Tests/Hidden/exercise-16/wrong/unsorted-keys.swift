// Plausible wrong answer: leaves key order to the encoder, trusting that JSON objects are
// unordered; the bytes then differ from Python's sort_keys=True output.

import Foundation

struct SensorReading: Codable, Equatable {
    var sensorId: String
    var takenAt: Date
    var valueCelsius: Double
    var tags: [String]
}

func encodeForPython(_ readings: [SensorReading]) throws -> Data {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase      // sensorId -> sensor_id
    encoder.dateEncodingStrategy = .iso8601                 // "2024-05-01T08:30:00Z"
    encoder.outputFormatting = [.withoutEscapingSlashes]  // sort_keys=True, "/" as is
    return try encoder.encode(readings)
}

func decodeFromPython(_ data: Data) throws -> [SensorReading] {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode([SensorReading].self, from: data)
}
