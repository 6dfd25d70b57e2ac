// Blind spot: the standard deviation uses the one-pass formula Σx² − (Σx)²/n, which cancels catastrophically for large values with a small spread.
// Exposed by: summarize([1e9, 1e9 + 1, 1e9 + 2])!.standardDeviation: the reference returns 1.0, this returns 0.0.
// Exercise 17: summarise a sample of timings (blind-spot wrong answer).

/// The four numbers this course reports for a sample of timings.
struct Summary: Equatable {
    let count: Int
    let min: Double
    let median: Double
    let p99: Double
    let standardDeviation: Double
}

/// Nearest-rank percentile: the value at rank max(1, ceil(p × n / 100))
/// (1-based) of the samples sorted in ascending order, for p from 0 to 100.
/// Nil for no samples.
func percentile(_ p: Double, of samples: [Double]) -> Double? {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    let rank = Swift.max(1, Int((p * Double(sorted.count) / 100).rounded(.up)))
    return sorted[rank - 1]
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
        // One pass: sum and sum of squares, then Σx² − (Σx)²/n.
        var sum = 0.0
        var sumOfSquares = 0.0
        for x in sorted {
            sum += x
            sumOfSquares += x * x
        }
        let squares = Swift.max(0, sumOfSquares - sum * sum / Double(n))
        deviation = (squares / Double(n - 1)).squareRoot()
    }
    return Summary(count: n, min: sorted[0], median: median, p99: p99,
                   standardDeviation: deviation)
}
