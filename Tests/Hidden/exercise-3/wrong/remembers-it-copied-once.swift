// Plausible wrong answer: instead of asking "am I shared right now?", a
// flag remembers "I already made my own copy". But the flag is copied along
// with the value: a copy of a copy believes it owns storage it shares, and a
// value that became unique again still copies.

struct Scores {
    private var storage: ScoreStorage
    private var ownsStorage = false

    init(_ values: [Int] = []) {
        storage = ScoreStorage(values)
    }

    var values: [Int] { storage.values }
    var count: Int { storage.values.count }

    /// Give this value its own storage if, and only if, another value shares it.
    private mutating func makeUnique() {
        if !ownsStorage {
            storage = ScoreStorage(storage.values)
            ownsStorage = true
        }
    }

    mutating func append(_ value: Int) {
        makeUnique()
        storage.values.append(value)
    }

    subscript(index: Int) -> Int {
        get { storage.values[index] }
        set {
            makeUnique()
            storage.values[index] = newValue
        }
    }
}
