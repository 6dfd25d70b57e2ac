// Plausible wrong answer: ISO-8601 with milliseconds, like Python's datetime.isoformat() with
// microseconds; valid ISO-8601, but not the whole-second format the contract and strptime expect.

import Foundation

struct SensorReading: Codable, Equatable {
    var sensorId: String
    var takenAt: Date
    var valueCelsius: Double
    var tags: [String]
}


private func isoWithFractions() -> ISO8601DateFormatter {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter
}

func encodeForPython(_ readings: [SensorReading]) throws -> Data {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase      // sensorId -> sensor_id
    encoder.dateEncodingStrategy = .custom { date, encoder in
        var container = encoder.singleValueContainer()
        try container.encode(isoWithFractions().string(from: date))
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
