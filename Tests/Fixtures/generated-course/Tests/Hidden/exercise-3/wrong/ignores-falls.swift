// Blind spot: only rises count, so a list whose largest gap is a fall ([5, 0]) gives 0.

func largestGap(_ values: [Int]) -> Int {
    max(0, zip(values, values.dropFirst()).map { $1 - $0 }.max() ?? 0)
}
