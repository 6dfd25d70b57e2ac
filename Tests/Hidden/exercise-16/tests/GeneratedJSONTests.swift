import CourseHarness
@testable import Reference
import Foundation
import XCTest

/// Generated cases: encodeForPython and decodeFromPython against the reference on records nobody wrote down
/// (dates with a fraction of a second, before 1970, at the ends of years; control characters, U+2028, "/",
/// quotes, emoji and NUL in strings; tiny and large temperatures with a fractional part; no records, many,
/// duplicates), and Python's JSON laid out with other whitespace and key order.
final class GeneratedJSONTests: XCTestCase {
    typealias Record = (sensorId: String, takenAt: Double, valueCelsius: Double, tags: [String])

    /// Seconds since 1970 from 1906 to 2096: whole ones, with a fraction, just before and after whole ones.
    static let seconds = Gen<Double>.frequency([
        (2, Gen.int(in: -2_000_000_000...4_000_000_000).map(Double.init)),
        (2, Gen.double(in: -2e9...4e9)),
        (2, zip(Gen.int(in: -100_000...2_000_000_000), Gen.element(of: [0.3, 0.5, 0.7, 0.999, 0.001, -0.3, -0.5, -0.7, -0.001])).map { Double($0.0) + $0.1 }),
        (1, Gen.element(of: [-0.3, 0.7, -1.5, 1_735_689_599.9, 1_735_689_600, 951_782_400.5, -86_400.25])),
    ])

    /// Temperatures with a fractional part (the contract's promise: whole numbers are written differently).
    static let celsius = Gen<Double>.frequency([
        (3, zip(Gen.int(in: -80...80), Gen.element(of: [0.5, 0.25, 0.125, 0.1, 0.3, 0.7, -0.5, 0.01])).map { Double($0.0) + $0.1 }),
        (2, Gen.double(in: -1e6...1e6)),
        (1, Gen.element(of: [1e-7, -1e-7, 0.1 + 0.2, 123456.789, 5e-324, 1.0000000000000002, 999999.9999999999])),
    ]).filter { $0.rounded() != $0 }

    static let text = Gen<String>.frequency([
        (3, .string),
        (2, Gen.string(of: Gen.element(of: Array("a/\\\"\t\n\r\u{1}\u{8}\u{C}\u{1F}\u{7F}\u{0}\u{2028}\u{2029}ö🌡 ")), maxCount: 20)),
        (1, .constant("")),
    ])

    static let records = Gen<[Record]>.frequency([
        (5, zip(text, seconds, celsius, text.array(maxCount: 4)).map { Record($0.0, $0.1, $0.2, $0.3) }.array(maxCount: 8)),
        (1, zip(text, seconds, celsius, text.array(maxCount: 2)).map { Record($0.0, $0.1, $0.2, $0.3) }.map { Array(repeating: $0, count: 3) }),
    ])

    static func learner(_ records: [Record]) -> [Submission.SensorReading] {
        records.map { Submission.SensorReading(sensorId: $0.sensorId, takenAt: Date(timeIntervalSince1970: $0.takenAt), valueCelsius: $0.valueCelsius, tags: $0.tags) }
    }

    static func reference(_ records: [Record]) -> [Reference.SensorReading] {
        records.map { Reference.SensorReading(sensorId: $0.sensorId, takenAt: Date(timeIntervalSince1970: $0.takenAt), valueCelsius: $0.valueCelsius, tags: $0.tags) }
    }

    static func describe(_ records: [Record]) -> String {
        "[" + records.map { "SensorReading(sensorId: \(courseDescribe($0.sensorId)), takenAt: Date(timeIntervalSince1970: \($0.takenAt)), "
            + "valueCelsius: \($0.valueCelsius), tags: \(courseDescribe($0.tags)))" }.joined(separator: ", ") + "]"
    }

    /// encodeForPython writes the reference's bytes (what json.dumps writes) for any records.
    func testEncodeForPythonWritesTheReferenceBytesForGeneratedRecords() {
        forAll(Self.records, cases: 150, describe: Self.describe) { records in
            let call = "encodeForPython(\(Self.describe(records)))"
            let expected = String(decoding: (try? Reference.encodeForPython(Self.reference(records))) ?? Data(), as: UTF8.self)
            do {
                let got = try Submission.encodeForPython(Self.learner(records))
                return courseSame(String(decoding: got, as: UTF8.self) as Any, expected as Any, call)
            } catch {
                return "\(call) threw \(error), expected \(courseDescribe(expected))"
            }
        }
    }

    /// decodeFromPython reads Python's JSON for any records, in Python's compact layout and laid out with other
    /// whitespace and key order, into the reference's records.
    func testDecodeFromPythonReadsWhatTheReferenceReads() {
        forAll(zip(Self.records, Gen.bool), cases: 120, describe: { "\(Self.describe($0.0)), \($0.1 ? "re-laid out" : "compact")" }) { records, relaid in
            guard var json = try? Reference.encodeForPython(Self.reference(records)) else { return nil }
            if relaid, let object = try? JSONSerialization.jsonObject(with: json),
               let pretty = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]) {
                json = pretty
            }
            let call = "decodeFromPython(\(courseDescribe(String(decoding: json, as: UTF8.self))))"
            let expected = try? Reference.decodeFromPython(json)
            do {
                let got = try Submission.decodeFromPython(json)
                return courseSame(got as Any, expected as Any, call)
            } catch {
                return "\(call) threw \(error), expected \(courseDescribe(expected as Any))"
            }
        }
    }
}
