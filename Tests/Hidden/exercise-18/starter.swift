// Exercise 18: faster, slower or noise?
//
// You timed the old code (baseline) and the new code (candidate) several times
// each; every number is a duration, so LOWER IS BETTER. Implement:
//
// - medianOf(_:) — the median of a non-empty sample: the middle value of the
//   sorted samples, or the mean of the two middle values when the count is even.
// - compare(baseline:candidate:) — returns a Comparison with
//     speedup  = medianOf(baseline) / medianOf(candidate)
//                (2.0 means the candidate takes half the time; use MEDIANS,
//                never means: one slow outlier drags a mean but not a median)
//     verdict  = .noise  if the min–max ranges of the two samples overlap,
//                        touching counts as overlapping, i.e. when
//                        candidate.min <= baseline.max && baseline.min <= candidate.max
//                .faster if the ranges do not overlap and speedup > 1
//                .slower if the ranges do not overlap and speedup < 1
//
// A timing may be 0 (too fast to measure): divide as written even then
// (1 / 0 is +infinity, 0 / 0 is NaN), never replace the ratio by a guess.
// Both samples are non-empty in every test. The placeholder compiles but
// always says "noise, no speed-up".

/// What a before/after comparison of two timing samples concludes.
enum Verdict: Equatable {
    case faster, slower, noise
}

/// The verdict plus the speed-up, baseline median / candidate median.
struct Comparison: Equatable {
    let verdict: Verdict
    let speedup: Double
}

/// The median of a non-empty sample.
func medianOf(_ samples: [Double]) -> Double {
    // TODO: sort; middle value, or mean of the two middle values.
    return samples.first ?? 0
}

/// Compares two non-empty samples of timings (lower is better).
func compare(baseline: [Double], candidate: [Double]) -> Comparison {
    // TODO: speed-up from medians; noise when the min–max ranges overlap.
    return Comparison(verdict: .noise, speedup: 1)
}
