// Blind spot: breakEven checks "cost of 0 or less -> 0" before "saving of 0 or less -> nil"; the suite never combines the two (NOTE: the starter lists both rules without an order, so this is also a spec ambiguity).
// Exposed by: breakEven(cost: 0, savingPerPeriod: 0): the reference returns nil, this returns 0;
// and recommend(ChecklistAnswers(bottleneck: .cpu, meetsTargetAtRealisticLoad: false, triedHotPathExtension: true, rustExperiencedEngineers: 2, rewriteEstimateDollars: 0, monthlySavingDollars: 0)):
// the reference returns (.keepPython, [.neverPaysBack]), this returns (.rewrite, [.paysBackIn(months: 0)]).
// Exercise 26: the rewrite checklist as a function
//
// A rewrite checklist (lesson 13) ends the decision. Answered honestly, it is data, and
// a function can turn the answers into a recommendation with its reasons.

/// The smallest number of periods (runs, months) after which the savings have
/// paid back the cost: n * savingPerPeriod >= cost, rounded UP.
/// nil when the saving is zero or negative: then it never pays back.
func breakEven(cost: Int, savingPerPeriod: Int) -> Int? {
    // Nothing to pay back: done at once, whatever the saving.
    guard cost > 0 else { return 0 }
    guard savingPerPeriod > 0 else { return nil }
    return (cost + savingPerPeriod - 1) / savingPerPeriod
}

/// What profiling found; `.notProfiled` when nobody has looked.
enum Bottleneck: Equatable {
    case notProfiled, cpu, memory, io
}

enum Action: Equatable {
    case profileFirst, keepPython, extendHotPath, rewrite
}

enum Reason: Equatable {
    case notProfiled
    case alreadyMeetsTarget
    case bottleneckIsIO
    case hotPathExtensionNotTried
    case neverPaysBack
    case paysBackIn(months: Int)
    case paysBackTooLate(months: Int)
    case rustRampUp(months: Int)
}

struct ChecklistAnswers {
    var bottleneck: Bottleneck
    var meetsTargetAtRealisticLoad: Bool
    var triedHotPathExtension: Bool
    var rustExperiencedEngineers: Int
    /// The team's own estimate of the rewrite's cost, in dollars.
    var rewriteEstimateDollars: Int
    /// What the rewrite would save every month (servers, memory), in dollars.
    var monthlySavingDollars: Int
}

struct Recommendation: Equatable {
    var action: Action
    var reasons: [Reason]
}

func recommend(_ answers: ChecklistAnswers) -> Recommendation {
    if answers.bottleneck == .notProfiled {
        return Recommendation(action: .profileFirst, reasons: [.notProfiled])
    }
    if answers.meetsTargetAtRealisticLoad {
        return Recommendation(action: .keepPython, reasons: [.alreadyMeetsTarget])
    }
    if answers.bottleneck == .io {
        return Recommendation(action: .keepPython, reasons: [.bottleneckIsIO])
    }
    if !answers.triedHotPathExtension {
        return Recommendation(action: .extendHotPath, reasons: [.hotPathExtensionNotTried])
    }
    // Rewrites take 3-5x longer than estimated (one author's experience): use the low end.
    let realisticCost = answers.rewriteEstimateDollars * 3
    guard let months = breakEven(cost: realisticCost, savingPerPeriod: answers.monthlySavingDollars) else {
        return Recommendation(action: .keepPython, reasons: [.neverPaysBack])
    }
    var reasons: [Reason] = []
    var total = months
    if answers.rustExperiencedEngineers == 0 {
        total += 3
        reasons.append(.rustRampUp(months: 3))
    }
    if total <= 24 {
        return Recommendation(action: .rewrite, reasons: [.paysBackIn(months: total)] + reasons)
    }
    return Recommendation(action: .keepPython, reasons: [.paysBackTooLate(months: total)] + reasons)
}
