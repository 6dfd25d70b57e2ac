// Plausible wrong answer: an "optimisation" that skips the copy when the
// shared storage is empty ("there is nothing to protect"). The storage is
// still shared, so the first append lands in both values.

struct Scores {
    private var storage: ScoreStorage

    init(_ values: [Int] = []) {
        storage = ScoreStorage(values)
    }

    var values: [Int] { storage.values }
    var count: Int { storage.values.count }

    /// Give this value its own storage if, and only if, another value shares it.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) && !storage.values.isEmpty {
            storage = ScoreStorage(storage.values)
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
