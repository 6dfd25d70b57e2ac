// Plausible wrong answer: for an even count the median takes ONE middle value (the upper one).
enum Verdict: Equatable {
    case faster, slower, noise
}

struct Comparison: Equatable {
    let verdict: Verdict
    let speedup: Double
}

func medianOf(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    return sorted[sorted.count / 2]
}

func compare(baseline: [Double], candidate: [Double]) -> Comparison {
    let speedup = medianOf(baseline) / medianOf(candidate)
    let overlap = candidate.min()! <= baseline.max()! && baseline.min()! <= candidate.max()!
    if overlap { return Comparison(verdict: .noise, speedup: speedup) }
    return Comparison(verdict: speedup > 1 ? .faster : .slower, speedup: speedup)
}
