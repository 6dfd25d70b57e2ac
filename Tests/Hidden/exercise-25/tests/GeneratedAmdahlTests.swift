import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's Amdahl functions against the reference solution on inputs nobody wrote down
/// (infinitely fast hot paths, slowdowns, parts with the same name, fractions adding up to exactly 1, ties).
final class GeneratedAmdahlTests: XCTestCase {
    /// Fractions a profile gives: sixteenths (sums stay exact, so a total of exactly 1 stays 1) and any
    /// value up to 0.99.
    static let fraction = Gen<Double>.frequency([(2, Gen.int(in: 0...16).map { Double($0) / 16 }), (1, Gen.double(in: 0...0.99))])
    static let speedup = Gen<Double>.frequency([
        (3, Gen.element(of: [2, 10, .infinity, 1, 1.5, 1e6, 0.5, 4])), (2, Gen.double(in: 1...100)), (1, Gen.double(in: 0.01...1)),
    ])
    static let name = Gen.element(of: ["parse", "render", "a", "io", "parse"])

    /// Parts whose fractions add up to at most 1 (a part that would pass 1 gets what is left).
    static let parts: Gen<[(String, Double, Double)]> = zip(name, Gen.int(in: 0...16), speedup).array(maxCount: 6).map { raw in
        var left = 16
        return raw.map { name, sixteenths, s in
            let share = min(sixteenths, left)
            left -= share
            return (name, Double(share) / 16, s)
        }
    }

    static func learner(_ parts: [(String, Double, Double)]) -> [Submission.HotPath] {
        parts.map { Submission.HotPath(name: $0.0, fraction: $0.1, speedup: $0.2) }
    }
    static func reference(_ parts: [(String, Double, Double)]) -> [Reference.HotPath] {
        parts.map { Reference.HotPath(name: $0.0, fraction: $0.1, speedup: $0.2) }
    }
    static func code(_ parts: [(String, Double, Double)]) -> String {
        "[" + parts.map { "HotPath(name: \"\($0.0)\", fraction: \($0.1), speedup: \($0.2))" }.joined(separator: ", ") + "]"
    }

    /// amdahlSpeedup agrees with the reference for any fraction and any speed-up, infinite ones included.
    func testAmdahlSpeedupAgreesWithTheReferenceIncludingInfiniteSpeedups() {
        forAll(zip(Self.fraction, Self.speedup)) { p, s in
            courseSame(Submission.amdahlSpeedup(fraction: p, speedup: s), Reference.amdahlSpeedup(fraction: p, speedup: s),
                       "amdahlSpeedup(fraction: \(p), speedup: \(s))")
        }
    }

    /// speedupCeiling agrees with the reference for fractions from 0 to 1.
    func testSpeedupCeilingAgreesWithTheReference() {
        forAll(Gen.oneOf([Self.fraction, Gen.constant(1)])) { p in
            courseSame(Submission.speedupCeiling(fraction: p), Reference.speedupCeiling(fraction: p), "speedupCeiling(fraction: \(p))")
        }
    }

    /// requiredHotPathSpeedup agrees with the reference for overall targets from 1 up (not within a rounding
    /// error of the ceiling, where nil and a huge number are both fair).
    func testRequiredHotPathSpeedupAgreesWithTheReference() {
        let overall = Gen<Double>.frequency([(2, Gen.element(of: [1, 1.5, 2, 4, 10])), (2, Gen.double(in: 1...20))])
        let cases = zip(Self.fraction, overall).filter { p, overall in abs(1 / overall - (1 - p)) > 1e-6 || p == 0 }
        forAll(cases) { p, overall in
            courseSame(Submission.requiredHotPathSpeedup(fraction: p, overall: overall) as Any,
                       Reference.requiredHotPathSpeedup(fraction: p, overall: overall) as Any,
                       "requiredHotPathSpeedup(fraction: \(p), overall: \(overall))", tolerance: 1e-7)
        }
    }

    /// combinedSpeedup agrees with the reference: every part counts, same names too, up to a total of exactly 1.
    func testCombinedSpeedupAgreesWithTheReferenceOnGeneratedProfiles() {
        forAll(Self.parts, describe: Self.code) { parts in
            courseSame(Submission.combinedSpeedup(Self.learner(parts)), Reference.combinedSpeedup(Self.reference(parts)),
                       "combinedSpeedup(\(Self.code(parts)))")
        }
    }

    /// bestHotPath picks what the reference picks (the first of equal gains); gains equal up to a rounding
    /// error may be resolved either way.
    func testBestHotPathAgreesWithTheReferenceOnGeneratedCandidates() {
        let candidates = zip(Self.name, Self.fraction, Self.speedup).array(maxCount: 8)
        forAll(candidates, describe: Self.code) { parts in
            let learner = Submission.bestHotPath(Self.learner(parts))
            let expected = Reference.bestHotPath(Self.reference(parts))
            guard let problem = courseSame(learner as Any, expected as Any, "bestHotPath(\(Self.code(parts)))") else { return nil }
            let gains = parts.map { Reference.amdahlSpeedup(fraction: $0.1, speedup: $0.2) }
            if let best = gains.max(), let first = gains.firstIndex(where: { abs($0 - best) <= 1e-12 * max(1, best) || $0 == best }),
               courseSame(learner as Any, Self.learner([parts[first]])[0] as Any, "") == nil {
                return nil
            }
            return problem
        }
    }
}
