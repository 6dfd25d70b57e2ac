// Exercise 25: Amdahl's law and the hot path
//
// Speeding up one part of a program speeds up the whole only as much as that
// part's share of the running time allows (Amdahl's law):
//
//     overall = 1 / ((1 - p) + p / s)
//
// p: the fraction of the running time spent in the part you speed up (0...1),
//    read from a profile, not guessed
// s: how many times faster that part becomes (s > 0)
//
// Write three functions:
// 1. amdahlSpeedup(fraction:speedup:) -- the formula above.
// 2. speedupCeiling(fraction:) -- the best overall speed-up possible however
//    fast the hot path gets: 1 / (1 - p). For p == 1 that is Double.infinity
//    (Swift's 1.0 / 0.0 already gives it).
// 3. requiredHotPathSpeedup(fraction:overall:) -- the s the hot path needs so
//    the whole program becomes `overall` times faster. Solve the formula for
//    s. When the result would be infinite or impossible (overall at or above
//    the ceiling), return nil.
//
// Results are compared with a tolerance of 1e-9.
//
// This file compiles, but every function answers 1 or nil, so the tests fail.

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
