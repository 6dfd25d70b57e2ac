// Plausible wrong answer: a DateFormatter in UTC with "YYYY" for the year, which is the
// week-based year: 2024-12-31 falls in week 1 of 2025 and is written as 2025-12-31.

import Foundation

struct SensorReading: Codable, Equatable {
    var sensorId: String
    var takenAt: Date
    var valueCelsius: Double
    var tags: [String]
}


private func pythonDateFormatter() -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "YYYY-MM-dd'T'HH:mm:ss'Z'"
    return formatter
}

func encodeForPython(_ readings: [SensorReading]) throws -> Data {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase      // sensorId -> sensor_id
    encoder.dateEncodingStrategy = .formatted(pythonDateFormatter())
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]  // sort_keys=True, "/" as is
    return try encoder.encode(readings)
}

func decodeFromPython(_ data: Data) throws -> [SensorReading] {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    decoder.dateDecodingStrategy = .formatted(pythonDateFormatter())
    return try decoder.decode([SensorReading].self, from: data)
}
