// Plausible wrong answer: the speed-up is the ratio of the fastest runs (mins) instead of the medians; the lesson calls min stable, but the speed-up it defines is the ratio of medians.

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
    let speedup = baseline.min()! / candidate.min()!
    guard let baseMin = baseline.min(), let baseMax = baseline.max(),
          let candMin = candidate.min(), let candMax = candidate.max() else {
        return Comparison(verdict: .noise, speedup: speedup)
    }
    if candMin <= baseMax && baseMin <= candMax {
        return Comparison(verdict: .noise, speedup: speedup)
    }
    return Comparison(verdict: speedup > 1 ? .faster : .slower, speedup: speedup)
}
