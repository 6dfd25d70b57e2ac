// Plausible wrong answer: the speed-up is a ratio of MEANS, which one outlier drags around.
enum Verdict: Equatable {
    case faster, slower, noise
}

struct Comparison: Equatable {
    let verdict: Verdict
    let speedup: Double
}

func medianOf(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

func compare(baseline: [Double], candidate: [Double]) -> Comparison {
    let meanBase = baseline.reduce(0, +) / Double(baseline.count)
    let meanCand = candidate.reduce(0, +) / Double(candidate.count)
    let speedup = meanBase / meanCand
    let overlap = candidate.min()! <= baseline.max()! && baseline.min()! <= candidate.max()!
    if overlap { return Comparison(verdict: .noise, speedup: speedup) }
    return Comparison(verdict: speedup > 1 ? .faster : .slower, speedup: speedup)
}
