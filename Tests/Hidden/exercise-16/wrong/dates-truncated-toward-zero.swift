// Blind spot: the fraction of a second is dropped with Int(...), which truncates toward zero, so a date with a fraction BEFORE 1970 moves forward to the next second instead of back to the whole second it falls in.
// Exposed by: encodeForPython([SensorReading(sensorId: "a", takenAt: Date(timeIntervalSince1970: -0.3), valueCelsius: 1.5, tags: [])]):
// the reference writes "taken_at":"1969-12-31T23:59:59Z" (as Python's strftime does), this writes "taken_at":"1970-01-01T00:00:00Z".
// Exercise 16: JSON as the language-neutral boundary (blind-spot wrong answer)

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
    // Whole seconds, as the contract says: drop the fraction before formatting.
    encoder.dateEncodingStrategy = .custom { date, encoder in
        let seconds = Int(date.timeIntervalSince1970)
        let whole = Date(timeIntervalSince1970: TimeInterval(seconds))
        var container = encoder.singleValueContainer()
        try container.encode(ISO8601DateFormatter().string(from: whole))
    }
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]  // sort_keys=True, "/" as is
    return try encoder.encode(readings)
}

func decodeFromPython(_ data: Data) throws -> [SensorReading] {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode([SensorReading].self, from: data)
}
