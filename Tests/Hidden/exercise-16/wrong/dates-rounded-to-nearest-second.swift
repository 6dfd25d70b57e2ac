// Blind spot: the date is rounded to the NEAREST whole second before it is written, while Python's strftime (and the reference's .iso8601) drop the fraction, so any date with a fractional part of .5 or more is written one second late.
// Exposed by: encodeForPython([SensorReading(sensorId: "a", takenAt: Date(timeIntervalSince1970: 1_714_552_200.7), valueCelsius: 1.5, tags: [])]):
// the reference writes "taken_at":"2024-05-01T08:30:00Z", this writes "taken_at":"2024-05-01T08:30:01Z".
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
    // Whole seconds, as the contract says: round the date to the nearest second first.
    encoder.dateEncodingStrategy = .custom { date, encoder in
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded())
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
