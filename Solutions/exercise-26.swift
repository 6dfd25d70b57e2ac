// Exercise 26: the rewrite checklist as a function
//
// The rewrite checklist of lesson 13, answered honestly, is data, and
// a function can turn the answers into a recommendation WITH its reasons.
//
// 1. breakEven(cost:savingPerPeriod:) -- the smallest whole number of periods
//    (runs, months) n with n * savingPerPeriod >= cost. Round UP: 17.1 months
//    is 18 months, because after 17 the cost is not yet paid back. An exact
//    division needs no extra period. A saving of 0 or less -> nil (it never
//    pays back), checked first: even a cost of 0 or less then gives nil.
//    Otherwise a cost of 0 or less -> 0. Use integer arithmetic: costs and
//    savings go up to 10^18, where a Double is no longer exact (2^53 + 1).
//
// 2. recommend(_:) -- apply the checklist in this order; the first rule that
//    matches decides:
//    a. bottleneck .notProfiled      -> .profileFirst  [.notProfiled]
//    b. meets its target at realistic load
//                                    -> .keepPython    [.alreadyMeetsTarget]
//    c. bottleneck .io               -> .keepPython    [.bottleneckIsIO]
//    d. hot-path extension not tried -> .extendHotPath [.hotPathExtensionNotTried]
//    e. the rewrite's payback:
//       (dollar amounts are at most 10^15 and the engineer count is 0 or
//       more, so the arithmetic below never overflows)
//       - realistic cost = the team's estimate x 3 (rewrites take 3-5x longer
//         than estimated, in one author's experience; we take the low end);
//       - months = breakEven(realistic cost, monthly saving);
//         nil -> .keepPython [.neverPaysBack];
//       - nobody on the team has Rust experience (0 engineers) -> add 3 months
//         of ramp-up and add the reason .rustRampUp(months: 3);
//       - total months <= 24 -> .rewrite     [.paysBackIn(months: total), ...]
//         otherwise           -> .keepPython [.paysBackTooLate(months: total), ...]
//       The payback reason comes first, the ramp-up reason (if any) after it.

/// The smallest number of periods (runs, months) after which the savings have
/// paid back the cost: n * savingPerPeriod >= cost, rounded UP.
/// nil when the saving is zero or negative (checked first): then it never pays back.
func breakEven(cost: Int, savingPerPeriod: Int) -> Int? {
    guard savingPerPeriod > 0 else { return nil }
    guard cost > 0 else { return 0 }  // paid back at once
    // Rounded-up integer division, exact for every Int; `cost + saving - 1` could overflow near Int.max.
    let (quotient, remainder) = cost.quotientAndRemainder(dividingBy: savingPerPeriod)
    return remainder == 0 ? quotient : quotient + 1
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
