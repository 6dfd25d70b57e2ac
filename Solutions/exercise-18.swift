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

/// The median of a non-empty sample: the middle value, or the mean of the two
/// middle values when the count is even.
func medianOf(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

/// Compares two non-empty samples of timings (lower is better).
/// Overlapping (or touching) min–max ranges are noise; otherwise the side
/// with the lower median wins.
func compare(baseline: [Double], candidate: [Double]) -> Comparison {
    let speedup = medianOf(baseline) / medianOf(candidate)
    // Both samples are non-empty, so min() and max() always exist.
    let baseMin = baseline.min()!, baseMax = baseline.max()!
    let candMin = candidate.min()!, candMax = candidate.max()!
    if candMin <= baseMax && baseMin <= candMax {
        return Comparison(verdict: .noise, speedup: speedup)
    }
    return Comparison(verdict: speedup > 1 ? .faster : .slower, speedup: speedup)
}
