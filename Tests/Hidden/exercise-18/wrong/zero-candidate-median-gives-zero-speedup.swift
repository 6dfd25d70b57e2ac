// Blind spot: "guards" the division by a zero candidate median by returning a speed-up of 0, which then reads as .slower, although a candidate that takes no measurable time is faster (the reference gives +infinity).
// Exposed by: compare(baseline: [1], candidate: [0]): the reference returns Comparison(verdict: .faster, speedup: .infinity), this returns Comparison(verdict: .slower, speedup: 0).
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
    // Guard the division: a zero median cannot be divided by.
    let candidateMedian = medianOf(candidate)
    let speedup = candidateMedian == 0 ? 0 : medianOf(baseline) / candidateMedian
    // Both samples are non-empty, so min() and max() always exist.
    let baseMin = baseline.min()!, baseMax = baseline.max()!
    let candMin = candidate.min()!, candMax = candidate.max()!
    if candMin <= baseMax && baseMin <= candMax {
        return Comparison(verdict: .noise, speedup: speedup)
    }
    return Comparison(verdict: speedup > 1 ? .faster : .slower, speedup: speedup)
}
