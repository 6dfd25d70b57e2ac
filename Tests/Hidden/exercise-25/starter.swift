// Exercise 25: Amdahl's law and the hot path
//
// Speeding up one part of a program speeds up the whole only as much as that
// part's share of the running time allows (Amdahl's law):
//
//     overall = 1 / ((1 - p) + p / s)
//
// p: the fraction of the running time spent in the part you speed up (0...1),
//    read from a profile, not guessed
// s: how many times faster that part becomes (s > 0; +infinity when the part
//    no longer takes any time, which the formula turns into 1 / (1 - p))
//
// With several hot paths sped up at once, each fraction is a share of the
// ORIGINAL running time (together at most 1), and the untouched rest is
// 1 - (sum of the fractions):
//
//     overall = 1 / ((1 - Σp) + Σ(p / s))
//
// Write five functions:
// 1. amdahlSpeedup(fraction:speedup:) -- the formula above.
// 2. speedupCeiling(fraction:) -- the best overall speed-up possible however
//    fast the hot path gets: 1 / (1 - p). For p == 1 that is Double.infinity
//    (Swift's 1.0 / 0.0 already gives it).
// 3. requiredHotPathSpeedup(fraction:overall:) -- the s the hot path needs so
//    the whole program becomes `overall` times faster. Solve the formula for
//    s. When the result would be infinite or impossible (overall at or above
//    the ceiling), return nil. `overall` is always at least 1.
// 4. combinedSpeedup(_:) -- the overall speed-up when every HotPath in the
//    list is made faster at once (the second formula). No parts: 1.
//    Multiplying the single speed-ups together is NOT the same thing.
// 5. bestHotPath(_:) -- the candidate whose extension ALONE gives the largest
//    overall speed-up (by Amdahl's law, not by its raw speed-up or by its
//    fraction alone). On a tie, the one listed first. No candidates: nil.
//
// Results are compared with a tolerance of 1e-9.

// This file compiles, but every function answers 1 or nil, so the tests fail.

/// One hot path from a profile: its share of the running time, and how many
/// times faster an extension would make it. (Given: keep it as it is.)
struct HotPath: Equatable {
    var name: String
    var fraction: Double
    var speedup: Double
}

/// Overall speed-up when a fraction `p` of the time is made `s` times faster.
func amdahlSpeedup(fraction p: Double, speedup s: Double) -> Double {
    return 1
}

/// The best overall speed-up possible when only the fraction `p` gets faster.
func speedupCeiling(fraction p: Double) -> Double {
    return 1
}

/// The hot-path speed-up needed for `overall`; nil when out of reach.
func requiredHotPathSpeedup(fraction p: Double, overall: Double) -> Double? {
    return nil
}

/// Overall speed-up when every part in `parts` is made faster at once.
func combinedSpeedup(_ parts: [HotPath]) -> Double {
    return 1
}

/// The candidate whose extension alone gives the largest overall speed-up.
func bestHotPath(_ candidates: [HotPath]) -> HotPath? {
    return nil
}
