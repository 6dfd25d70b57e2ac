/// Precomputed positions in one inline text: backtick runs and `-->` comment ends.
///
/// Lets the inline parser find a code span's closing run or a comment's end with a binary
/// search instead of rescanning the rest of the text, keeping parsing near-linear.
struct InlineIndex: Sendable {
    /// Start positions of backtick runs, grouped by run length, ascending.
    private let runStarts: [Int: [Int]]
    /// Positions where `-->` starts, ascending.
    private let commentCloses: [Int]

    /// Indexes `characters`.
    init(_ characters: [Character]) {
        var runs: [Int: [Int]] = [:]
        var closes: [Int] = []
        var index = 0
        while index < characters.count {
            if characters[index] == "`" {
                let length = InlineIndex.backtickRun(characters, at: index)
                runs[length, default: []].append(index)
                index += length
                continue
            }
            if characters[index] == "-", index + 2 < characters.count,
               characters[index + 1] == "-", characters[index + 2] == ">" {
                closes.append(index)
            }
            index += 1
        }
        runStarts = runs
        commentCloses = closes
    }

    /// The length of the backtick run starting at `start`.
    static func backtickRun(_ characters: [Character], at start: Int) -> Int {
        var index = start
        while index < characters.count, characters[index] == "`" { index += 1 }
        return index - start
    }

    /// The start of the first run of exactly `length` backticks at or after `start`.
    func closingRun(from start: Int, length: Int) -> Int? {
        guard let starts = runStarts[length] else { return nil }
        return InlineIndex.firstElement(in: starts, atLeast: start)
    }

    /// The index just past the first `-->` that starts at or after `start`.
    func commentEnd(from start: Int) -> Int? {
        InlineIndex.firstElement(in: commentCloses, atLeast: start).map { $0 + 3 }
    }

    /// The first element of the ascending array `values` that is at least `minimum`.
    private static func firstElement(in values: [Int], atLeast minimum: Int) -> Int? {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < minimum { low = middle + 1 } else { high = middle }
        }
        return low < values.count ? values[low] : nil
    }
}
