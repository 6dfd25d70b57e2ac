// Blind spot: percentile treats p as a whole number (Int(p)), so a fractional percentile such as p99.9 is silently read as p99.
// Exposed by: percentile(99.9, of: (1...1000).map(Double.init)): the reference returns 999.0 (rank ceil(999.0) = 999), this returns 990.0.
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
    // p is a whole percentage: ceil(p × n / 100) in integer arithmetic.
    let rank = Swift.max(1, (Int(p) * sorted.count + 99) / 100)
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
        let mean = sorted.reduce(0, +) / Double(n)
        let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        deviation = (squares / Double(n - 1)).squareRoot()
    }
    return Summary(count: n, min: sorted[0], median: median, p99: p99,
                   standardDeviation: deviation)
}
