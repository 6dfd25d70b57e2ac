// Blind spot: with 5 or more runs it drops each sample's fastest and slowest run before taking the min-max range, so ranges that really overlap (or touch) at an extreme run are called .faster/.slower; the suite's overlap cases all have 3 or 4 runs.
// Exposed by: compare(baseline: [10, 11, 12, 13, 14], candidate: [5, 6, 7, 8, 10]): the reference returns .noise (candidate max 10 touches baseline min 10), this returns .faster (speedup 12/7 in both).
// Exercise 18: faster, slower or noise? (blind-spot wrong answer)

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
    // With 5 runs or more, drop the fastest and the slowest run of each sample:
    // one lucky or unlucky run should not decide the range.
    func range(_ samples: [Double]) -> (Double, Double) {
        let sorted = samples.sorted()
        let kept = sorted.count >= 5 ? Array(sorted.dropFirst().dropLast()) : sorted
        return (kept.first!, kept.last!)
    }
    let (baseMin, baseMax) = range(baseline)
    let (candMin, candMax) = range(candidate)
    if candMin <= baseMax && baseMin <= candMax {
        return Comparison(verdict: .noise, speedup: speedup)
    }
    return Comparison(verdict: speedup > 1 ? .faster : .slower, speedup: speedup)
}
