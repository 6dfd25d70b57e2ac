import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's checkTarget and choose against the reference solution on inputs nobody wrote
/// down (fractional limits, fractional percentiles, many mixed measurements, every combination of the rules).
final class GeneratedConstraintTests: XCTestCase {
    struct Goal { var latency: Double; var percentile: Double; var load: Int }
    struct Facts {
        var device: Bool, budget: Int?, catastrophic: Bool, goal: Goal?, runs: [Goal], speedup: Double
    }

    static let percentiles: [Double] = [99, 99.9, 50, 90, 100, 99.99]

    static let goal: Gen<Goal> = zip(
        Gen<Double>.frequency([(2, Gen.int(in: 1...20_000).map(Double.init)), (2, Gen.double(in: 0.5...20_000)),
                               (1, Gen.element(of: [2.5, 0.75, 5_000, 1_000.5]))]),
        Gen.element(of: percentiles), Gen.element(of: [50_000, 1_000, 1, 20_000, 1_000_000]))
        .map { Goal(latency: $0, percentile: $1, load: $2) }

    /// Measurements around a target: same or another percentile, load at, above or below, latency at the limit
    /// or a little (a fraction of a microsecond, or a lot) above or below it.
    static func runs(around goal: Goal) -> Gen<[Goal]> {
        zip(Gen.frequency([(3, Gen.constant(goal.percentile)), (1, Gen.element(of: percentiles))]),
            Gen.element(of: [0, 1, -1, 1_000, -1_000, 49_000]),
            Gen.frequency([(2, Gen.element(of: [0, 0.3, -0.3, 0.5, -0.5, 1, -1])), (1, Gen.double(in: -5_000...5_000))]))
            .map { percentile, loadShift, latencyShift in
                Goal(latency: max(0.1, goal.latency + latencyShift), percentile: percentile, load: max(1, goal.load + loadShift))
            }
            .array(maxCount: 8)
    }

    static let targetAndRuns: Gen<(Goal, [Goal])> = goal.flatMap { goal in runs(around: goal).map { (goal, $0) } }

    static let facts: Gen<Facts> = zip(
        zip(Gen.bool, Gen.element(of: [nil, 512, 84, 85, 86, 0, -1, Int.max, 70, 4_096] as [Int?]), Gen.bool),
        targetAndRuns.optional,
        Gen.element(of: [1, 0, 50, .nan, .infinity, 0.5]))
        .map { flags, target, speedup in
            Facts(device: flags.0, budget: flags.1, catastrophic: flags.2, goal: target?.0, runs: target?.1 ?? [], speedup: speedup)
        }

    static func learner(_ g: Goal) -> Submission.PerformanceTarget {
        Submission.PerformanceTarget(latencyMicroseconds: g.latency, percentile: g.percentile, requestsPerSecond: g.load)
    }
    static func reference(_ g: Goal) -> Reference.PerformanceTarget {
        Reference.PerformanceTarget(latencyMicroseconds: g.latency, percentile: g.percentile, requestsPerSecond: g.load)
    }
    static func learnerRuns(_ runs: [Goal]) -> [Submission.Measurement] {
        runs.map { Submission.Measurement(latencyMicroseconds: $0.latency, percentile: $0.percentile, requestsPerSecond: $0.load) }
    }
    static func referenceRuns(_ runs: [Goal]) -> [Reference.Measurement] {
        runs.map { Reference.Measurement(latencyMicroseconds: $0.latency, percentile: $0.percentile, requestsPerSecond: $0.load) }
    }

    static func code(_ g: Goal) -> String {
        "PerformanceTarget(latencyMicroseconds: \(g.latency), percentile: \(g.percentile), requestsPerSecond: \(g.load))"
    }
    static func code(_ runs: [Goal]) -> String {
        "[" + runs.map { "Measurement(latencyMicroseconds: \($0.latency), percentile: \($0.percentile), requestsPerSecond: \($0.load))" }
            .joined(separator: ", ") + "]"
    }
    static func code(_ f: Facts) -> String {
        "Project(summary: \"generated\", runsOnDeviceOrWasm: \(f.device), memoryBudgetMB: \(f.budget.map(String.init) ?? "nil"), "
            + "failureIsCatastrophic: \(f.catastrophic), target: \(f.goal.map(code) ?? "nil"), pythonMeasurements: \(code(f.runs)), "
            + "rustSpeedupInBenchmarks: \(f.speedup))"
    }

    /// checkTarget agrees with the reference for generated targets and measurements around them.
    func testCheckTargetAgreesWithTheReferenceOnGeneratedMeasurements() {
        forAll(Self.targetAndRuns, describe: { "checkTarget(\(Self.code($0.0)), against: \(Self.code($0.1)))" }) { goal, runs in
            courseSame(Submission.checkTarget(Self.learner(goal), against: Self.learnerRuns(runs)) as Any,
                       Reference.checkTarget(Self.reference(goal), against: Self.referenceRuns(runs)) as Any,
                       "checkTarget(_:against:) on the input below")
        }
    }

    /// choose agrees with the reference for projects with any combination of the rules' facts.
    func testChooseAgreesWithTheReferenceForEveryCombinationOfRules() {
        forAll(Self.facts, describe: { "choose(for: \(Self.code($0)))" }) { f in
            let learner = Submission.Project(summary: "generated", runsOnDeviceOrWasm: f.device, memoryBudgetMB: f.budget,
                                             failureIsCatastrophic: f.catastrophic, target: f.goal.map(Self.learner),
                                             pythonMeasurements: Self.learnerRuns(f.runs), rustSpeedupInBenchmarks: f.speedup)
            let reference = Reference.Project(summary: "generated", runsOnDeviceOrWasm: f.device, memoryBudgetMB: f.budget,
                                              failureIsCatastrophic: f.catastrophic, target: f.goal.map(Self.reference),
                                              pythonMeasurements: Self.referenceRuns(f.runs), rustSpeedupInBenchmarks: f.speedup)
            return courseSame(Submission.choose(for: learner) as Any, Reference.choose(for: reference) as Any,
                              "choose(for:) on the input below")
        }
    }
}
