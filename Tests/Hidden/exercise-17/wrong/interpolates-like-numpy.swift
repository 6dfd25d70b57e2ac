// Plausible wrong answer: percentile interpolates linearly between neighbouring samples, the way numpy.percentile and statistics.quantiles do by default, so p99 is usually not one of the samples.

/// The four numbers this course reports for a sample of timings.
struct Summary: Equatable {
    let count: Int
    let min: Double
    let median: Double
    let p99: Double
    let standardDeviation: Double
}

/// Nearest-rank percentile: the value at rank max(1, ceil(p × n / 100))
/// (1-based) of the samples sorted in ascending order. Nil for no samples.
func percentile(_ p: Double, of samples: [Double]) -> Double? {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    let pos = p / 100 * Double(sorted.count - 1)
    let lo = Int(pos.rounded(.down)); let hi = Swift.min(lo + 1, sorted.count - 1)
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - Double(lo))
}

/// Min, median, nearest-rank p99 and SAMPLE standard deviation (divide by n - 1;
/// 0 for a single sample). Nil for no samples.
func summarize(_ samples: [Double]) -> Summary? {
    guard let p99 = percentile(99, of: samples) else { return nil }
    let sorted = samples.sorted()
    let n = sorted.count
    let median = n % 2 == 1
        ? sorted[n / 2]
        : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    var deviation = 0.0
    if n > 1 {
        let mean = sorted.reduce(0, +) / Double(n)
        let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        deviation = (squares / Double(n - 1)).squareRoot()
    }
    return Summary(count: n, min: sorted[0], median: median, p99: p99,
                   standardDeviation: deviation)
}
