// Exercise 17: summarise a sample of timings
//
// A benchmark gives you a SAMPLE of timings, not one number. Implement the two
// functions below so that they report the numbers this course uses, with
// exactly these definitions (the hidden tests check each one):
//
// - percentile(p, of:) is the NEAREST-RANK percentile: sort the samples in
//   ascending order; the rank is ceil(p × n / 100), but at least 1; the answer
//   is the value at that rank, counting ranks from 1 (so rank 1 is the
//   smallest sample, and rank n the largest). No interpolation.
//   Compute p * Double(n) / 100 in that order, then round up.
//   Example: 10 samples, p = 99 -> rank ceil(9.9) = 10 -> the largest sample.
//   It returns nil when there are no samples.
// - summarize(_:) returns nil for no samples; otherwise a Summary with
//     count              the number of samples
//     min                the smallest sample
//     median             the middle value of the sorted samples; for an EVEN
//                        number of samples, the mean of the two middle values
//     p99                percentile(99, of: samples)
//     standardDeviation  the SAMPLE standard deviation: the square root of
//                        (sum of squared differences from the mean) / (n - 1).
//                        With a single sample it is 0.
//
// The input is not sorted, and your functions must not assume it is. It may
// repeat values: each repeat is a sample of its own, with its own rank.
// p is from 0 to 100.
// The placeholder bodies compile but return wrong values.

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
        let mean = sorted.reduce(0, +) / Double(n)
        let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        deviation = (squares / Double(n - 1)).squareRoot()
    }
    return Summary(count: n, min: sorted[0], median: median, p99: p99,
                   standardDeviation: deviation)
}
