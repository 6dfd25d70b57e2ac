// exercise-1: the sample variance (divide by n - 1) of the values; 0 for fewer than two values.

/// A variance and the number of values it was computed from.
struct Spread: Equatable {
    var count: Int
    var variance: Double
}

func spread(of values: [Double]) -> Spread {
    guard values.count > 1 else { return Spread(count: values.count, variance: 0) }
    let mean = values.reduce(0, +) / Double(values.count)
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return Spread(count: values.count, variance: squares / Double(values.count - 1))
}
