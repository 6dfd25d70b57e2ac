// exercise-1: the sample variance (divide by n - 1) of the values; 0 for fewer than two values.

/// A variance and the number of values it was computed from.
struct Spread: Equatable {
    var count: Int
    var variance: Double
}

func spread(of values: [Double]) -> Spread {
    Spread(count: 0, variance: -1)
}
