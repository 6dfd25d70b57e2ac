// Blind spot: the one-pass formula (sum of squares minus n·mean²) loses everything for large values
// close together: [1e9, 1e9 + 1, 1e9 + 2] gives 0 instead of 1.

/// A variance and the number of values it was computed from.
struct Spread: Equatable {
    var count: Int
    var variance: Double
}

func spread(of values: [Double]) -> Spread {
    guard values.count > 1 else { return Spread(count: values.count, variance: 0) }
    let n = Double(values.count)
    let sum = values.reduce(0, +), squares = values.reduce(0) { $0 + $1 * $1 }
    return Spread(count: values.count, variance: max(0, (squares - sum * sum / n) / (n - 1)))
}
