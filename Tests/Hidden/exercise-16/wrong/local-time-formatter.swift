// Plausible wrong answer: copies Python's strftime pattern into a DateFormatter but never sets
// its time zone, so dates are written and read in the machine's local time with a "Z" glued on,
// the way a naive datetime.now().strftime(...) would be.

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
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
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
