// Plausible wrong answer: divides by n (population standard deviation) instead of n - 1.
struct Summary: Equatable {
    let count: Int
    let min: Double
    let median: Double
    let p99: Double
    let standardDeviation: Double
}

func percentile(_ p: Double, of samples: [Double]) -> Double? {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    let rank = Swift.max(1, Int((p * Double(sorted.count) / 100).rounded(.up)))
    return sorted[Swift.min(rank, sorted.count) - 1]
}

func summarize(_ samples: [Double]) -> Summary? {
    guard let p99 = percentile(99, of: samples) else { return nil }
    let sorted = samples.sorted()
    let n = sorted.count
    let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    let mean = sorted.reduce(0, +) / Double(n)
    let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let deviation = (squares / Double(n)).squareRoot()
    return Summary(count: n, min: sorted[0], median: median, p99: p99, standardDeviation: deviation)
}
