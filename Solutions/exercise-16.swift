// Exercise 16: JSON as the language-neutral boundary
//
// A Python service and your Swift code exchange sensor readings as JSON. The
// contract is what Python's json module writes with
//
//     json.dumps(records, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
//
// for records shaped like this (support/json_peer.py holds the real thing):
//
//     {"sensor_id": "greenhouse/north", "taken_at": "2024-05-01T08:30:00Z",
//      "value_celsius": 21.5, "tags": ["glass", "söder"]}
//
// Swift keeps its own naming (sensorId, takenAt, valueCelsius) in the struct;
// the encoder and decoder translate. Write:
//
//   encodeForPython(_:) -> Data     BYTE-FOR-BYTE what the json.dumps call above
//                                   produces for the same records (the checker's
//                                   temperatures all have a fractional part: for
//                                   a whole number Swift writes 20, Python 20.0):
//       - keys in snake_case (sensor_id, taken_at, value_celsius, tags);
//       - dates as ISO-8601 strings in UTC with whole seconds, e.g.
//         "2024-05-01T08:30:00Z" (not a number of seconds); a fraction of
//         a second is dropped, as strftime does: a date is written as the
//         whole second it falls in (08:30:00.7 is "08:30:00Z", and 0.3 s
//         before 1970 is "1969-12-31T23:59:59Z");
//       - keys sorted, no spaces, no pretty-printing;
//       - "/" written as "/" (Foundation escapes it as "\/" unless told not to);
//       - non-ASCII written as UTF-8 ("söder"), as ensure_ascii=False does.
//   decodeFromPython(_:) -> [SensorReading]
//                                   reads that same format back.
//
// Rules the checker enforces: the bytes equal Python's own output for the
// fixture records (it runs python3 on support/json_peer.py; they include
// quotes, a backslash, a tab, an emoji, the last second of a year and a leap
// day), Python can read your JSON back (dates parsed with
// "%Y-%m-%dT%H:%M:%SZ"), and decoding Python's JSON gives the original
// values. The tests run with the local time zone set far from UTC, so dates
// written or read in local time fail. It needs python3.
//
// This starter compiles but produces empty results.

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
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]  // sort_keys=True, "/" as is
    return try encoder.encode(readings)
}

func decodeFromPython(_ data: Data) throws -> [SensorReading] {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode([SensorReading].self, from: data)
}
