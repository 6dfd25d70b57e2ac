import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's breakEven and recommend against the reference solution on inputs nobody wrote
/// down (a zero cost with a zero saving, amounts beyond 2^53, totals of exactly 24 with the ramp-up, every rule
/// combined with every other).
final class GeneratedChecklistTests: XCTestCase {
    /// Amounts as the spec allows them: small ones (exact divisions, zero, negatives) and large ones up to 10^18.
    static let amount = Gen<Int>.frequency([
        (3, Gen.int(in: -3...30)),
        (2, Gen.int(in: 0...1_000_000)),
        (1, Gen.element(of: [9_007_199_254_740_993, 9_007_199_254_740_992, 1_000_000_000_000_000_000, 999_999_999_999_999_999,
                             4_503_599_627_370_497, 120_000, 168_000, 7_000])),
        (1, Gen.int(in: 0...1_000_000_000_000_000_000)),
    ])

    /// breakEven agrees with the reference for any cost and saving, zero and negative ones together too.
    func testBreakEvenAgreesWithTheReferenceOnGeneratedAmounts() {
        forAll(zip(Self.amount, Self.amount)) { cost, saving in
            courseSame(Submission.breakEven(cost: cost, savingPerPeriod: saving) as Any,
                       Reference.breakEven(cost: cost, savingPerPeriod: saving) as Any,
                       "breakEven(cost: \(cost), savingPerPeriod: \(saving))")
        }
    }

    struct Answers {
        var bottleneck: Int, meets: Bool, tried: Bool, engineers: Int, estimate: Int, saving: Int
    }

    /// Dollar amounts of a checklist: at most 10^15, as the spec promises.
    static let dollars = Gen<Int>.frequency([(3, Gen.int(in: -3...1_000_000)), (1, Gen.int(in: 0...1_000_000_000_000_000))])

    static let bottlenecks = ["notProfiled", "cpu", "memory", "io"]

    /// Checklists that reach every rule: payback totals around 24 months with and without the ramp-up.
    static let answers: Gen<Answers> = zip(
        zip(Gen.frequency([(1, Gen.constant(0)), (3, Gen.int(in: 1...3))]), Gen.frequency([(1, Gen.constant(true)), (3, Gen.constant(false))]),
            Gen.frequency([(3, Gen.constant(true)), (1, Gen.constant(false))])),
        Gen.element(of: [0, 1, 2, 5]),
        Gen.frequency([
            (3, zip(Gen.int(in: 19...27), Gen.int(in: 1...9_999)).map { months, saving in (months * saving / 3, saving) }),
            (1, zip(dollars, dollars)),
            (1, Gen.element(of: [(0, 0), (0, 1_000), (-5, 0), (40_000, 5_000), (56_000, 7_000), (1, 0), (7_000, 1_000)])),
        ]))
        .map { flags, engineers, money in
            Answers(bottleneck: flags.0, meets: flags.1, tried: flags.2, engineers: engineers, estimate: money.0, saving: money.1)
        }

    static func code(_ a: Answers) -> String {
        "ChecklistAnswers(bottleneck: .\(bottlenecks[a.bottleneck]), meetsTargetAtRealisticLoad: \(a.meets), "
            + "triedHotPathExtension: \(a.tried), rustExperiencedEngineers: \(a.engineers), "
            + "rewriteEstimateDollars: \(a.estimate), monthlySavingDollars: \(a.saving))"
    }

    /// recommend agrees with the reference (action and reasons, in order) for generated checklists.
    func testRecommendAgreesWithTheReferenceOnGeneratedChecklists() {
        let learnerBottlenecks: [Submission.Bottleneck] = [.notProfiled, .cpu, .memory, .io]
        let referenceBottlenecks: [Reference.Bottleneck] = [.notProfiled, .cpu, .memory, .io]
        forAll(Self.answers, describe: { "recommend(\(Self.code($0)))" }) { a in
            let learner = Submission.recommend(Submission.ChecklistAnswers(
                bottleneck: learnerBottlenecks[a.bottleneck], meetsTargetAtRealisticLoad: a.meets, triedHotPathExtension: a.tried,
                rustExperiencedEngineers: a.engineers, rewriteEstimateDollars: a.estimate, monthlySavingDollars: a.saving))
            let reference = Reference.recommend(Reference.ChecklistAnswers(
                bottleneck: referenceBottlenecks[a.bottleneck], meetsTargetAtRealisticLoad: a.meets, triedHotPathExtension: a.tried,
                rustExperiencedEngineers: a.engineers, rewriteEstimateDollars: a.estimate, monthlySavingDollars: a.saving))
            return courseSame(learner as Any, reference as Any, "recommend(_:) on the input below")
        }
    }
}
