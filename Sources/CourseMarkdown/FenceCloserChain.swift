/// The lines that could close a fence of one marker character, indexed for fast "next closer" queries.
///
/// Each candidate links to the next candidate with a longer fence, so a query skips every
/// candidate too short to close the fence; this keeps block parsing near-linear even for
/// adversarial inputs full of unclosed fences.
struct FenceCloserChain: Sendable {
    /// Line numbers of candidate closing fences, ascending.
    private let lines: [Int]
    /// The fence length of each candidate.
    private let counts: [Int]
    /// For each candidate, the position of the next candidate with a greater count (or `lines.count`).
    private let nextLonger: [Int]

    /// Builds the chain from candidates given in ascending line order.
    init(_ candidates: [(line: Int, count: Int)]) {
        lines = candidates.map(\.line)
        counts = candidates.map(\.count)
        var next = Array(repeating: candidates.count, count: candidates.count)
        var stack: [Int] = []
        for position in candidates.indices {
            while let top = stack.last, counts[top] < counts[position] {
                next[top] = position
                stack.removeLast()
            }
            stack.append(position)
        }
        nextLonger = next
    }

    /// The first candidate line after `line` whose fence is at least `length` long.
    func first(after line: Int, atLeast length: Int) -> Int? {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] <= line { low = middle + 1 } else { high = middle }
        }
        var position = low
        while position < lines.count {
            if counts[position] >= length { return lines[position] }
            position = nextLonger[position]
        }
        return nil
    }
}
