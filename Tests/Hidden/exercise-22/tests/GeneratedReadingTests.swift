import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's SensorReading against the reference's, built from typed values nobody wrote
/// down (isValid: false, extremes of every field) and used as a value (copies, mutations) in random sequences.
final class GeneratedReadingTests: XCTestCase {
    /// Generated values for one reading.
    struct Fields {
        let isValid: Bool, timestamp: Int64, channel: UInt8, value: Int32
    }

    /// The four fields read back in the spec's order, whatever order (and type: a wrong one shows as a
    /// difference, not as a compile error) the stored properties have.
    struct Stored {
        let isValid: Any, timestamp: Any, channel: Any, value: Any
    }

    static func stored(_ r: Submission.SensorReading) -> Stored {
        Stored(isValid: r.isValid, timestamp: r.timestamp, channel: r.channel, value: r.value)
    }

    static func stored(_ r: Reference.SensorReading) -> Stored {
        Stored(isValid: r.isValid, timestamp: r.timestamp, channel: r.channel, value: r.value)
    }

    /// An integer argument of whatever type the initializer declares, so that a wrong parameter type shows
    /// as a wrong value (see the extremes test), not as a compile error.
    static func arg<T: FixedWidthInteger>(_ value: Int64) -> T { T(truncatingIfNeeded: value) }

    static func learner(_ f: Fields) -> Submission.SensorReading {
        Submission.SensorReading(isValid: f.isValid, timestamp: arg(f.timestamp), channel: arg(Int64(f.channel)), value: arg(Int64(f.value)))
    }

    static func reference(_ f: Fields) -> Reference.SensorReading {
        Reference.SensorReading(isValid: f.isValid, timestamp: f.timestamp, channel: f.channel, value: f.value)
    }

    static let timestamp = Gen<Int64>.edges([0, 1, -1, .min, .max, 1_700_000_000_000], else: Gen.int.map { Int64(truncatingIfNeeded: $0) })
    static let channel = Gen<UInt8>.edges([0, 1, 255, 128], else: Gen.int(in: 0...255).map { UInt8($0) })
    static let value = Gen<Int32>.edges([0, 1, -1, .min, .max], else: Gen.int.map { Int32(truncatingIfNeeded: $0) })
    static let readings = zip(Gen.bool, timestamp, channel, value).map { Fields(isValid: $0, timestamp: $1, channel: $2, value: $3) }

    /// The initializer takes its arguments in its order (isValid: false too) and stores every one of them.
    func testTheInitializerStoresEveryArgumentLikeTheReference() {
        forAll(Self.readings, cases: 100) { f in
            courseSame(Self.stored(Self.learner(f)), Self.stored(Self.reference(f)),
                       "SensorReading(isValid: \(f.isValid), timestamp: \(f.timestamp), channel: \(f.channel), value: \(f.value))")
        }
    }

    /// The initializer's parameters have the fields' types: `.max`, `.min` and `.zero` mean Int64's, UInt8's and
    /// Int32's (an init that takes Int reads them as Int's and stores something else).
    func testTheInitializerParametersHaveTheFieldTypesAtTheExtremes() {
        forAll(zip(Gen.int(in: 0...2), Gen.bool), cases: 12) { which, isValid in
            let learner: Submission.SensorReading, reference: Reference.SensorReading, spelled: String
            switch which {
            case 0:
                learner = Submission.SensorReading(isValid: isValid, timestamp: .max, channel: .max, value: .max)
                reference = Reference.SensorReading(isValid: isValid, timestamp: .max, channel: .max, value: .max)
                spelled = ".max"
            case 1:
                learner = Submission.SensorReading(isValid: isValid, timestamp: .min, channel: .min, value: .min)
                reference = Reference.SensorReading(isValid: isValid, timestamp: .min, channel: .min, value: .min)
                spelled = ".min"
            default:
                learner = Submission.SensorReading(isValid: isValid, timestamp: .zero, channel: .zero, value: .zero)
                reference = Reference.SensorReading(isValid: isValid, timestamp: .zero, channel: .zero, value: .zero)
                spelled = ".zero"
            }
            return courseSame(Self.stored(learner), Self.stored(reference),
                              "SensorReading(isValid: \(isValid), timestamp: \(spelled), channel: \(spelled), value: \(spelled))")
        }
    }

    enum Op {
        case make(Int, Fields), copy(Int, Int), isValid(Int, Bool), timestamp(Int, Int64), channel(Int, UInt8), value(Int, Int32)
    }

    /// Two readings (slots r[0], r[1]): made, copied, mutated field by field; both stay what the reference's are.
    func testReadingsBehaveAsValuesLikeTheReferenceInRandomSequences() {
        let slot = Gen.int(in: 0...1)
        let ops = Gen<Op>.oneOf([
            zip(slot, Self.readings).map { Op.make($0, $1) },
            zip(slot, slot).map { Op.copy($0, $1) },
            zip(slot, Gen.bool).map { Op.isValid($0, $1) },
            zip(slot, Self.timestamp).map { Op.timestamp($0, $1) },
            zip(slot, Self.channel).map { Op.channel($0, $1) },
            zip(slot, Self.value).map { Op.value($0, $1) },
        ])
        let first = Fields(isValid: true, timestamp: 1, channel: 2, value: 3)
        forAllSequences(ops, cases: 60, maxSteps: 12, setUp: "var r = [SensorReading(isValid: true, timestamp: 1, channel: 2, value: 3), SensorReading(isValid: true, timestamp: 1, channel: 2, value: 3)]",
                        start: {
                            (Array(repeating: Self.learner(first), count: 2), Array(repeating: Self.reference(first), count: 2))
                        },
                        code: { op in
                            switch op {
                            case let .make(i, f): return "r[\(i)] = SensorReading(isValid: \(f.isValid), timestamp: \(f.timestamp), channel: \(f.channel), value: \(f.value))"
                            case let .copy(from, to): return "r[\(to)] = r[\(from)]"
                            case let .isValid(i, x): return "r[\(i)].isValid = \(x)"
                            case let .timestamp(i, x): return "r[\(i)].timestamp = \(x)"
                            case let .channel(i, x): return "r[\(i)].channel = \(x)"
                            case let .value(i, x): return "r[\(i)].value = \(x)"
                            }
                        },
                        step: { op, learner, reference in
                            switch op {
                            case let .make(i, f): learner[i] = Self.learner(f); reference[i] = Self.reference(f)
                            case let .copy(from, to): learner[to] = learner[from]; reference[to] = reference[from]
                            case let .isValid(i, x): learner[i].isValid = x; reference[i].isValid = x
                            case let .timestamp(i, x): learner[i].timestamp = x; reference[i].timestamp = x
                            case let .channel(i, x): learner[i].channel = x; reference[i].channel = x
                            case let .value(i, x): learner[i].value = x; reference[i].value = x
                            }
                            return courseSame(learner.map(Self.stored), reference.map(Self.stored), "r")
                        })
    }
}
