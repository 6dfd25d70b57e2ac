// Plausible wrong answer: the uniqueness check is asked about a local
// variable (Python habit: `s = self.storage` costs nothing). The local is a
// second strong reference, so the answer is always "not unique" and every
// mutation copies the storage: right values, O(n) per append.

struct Scores {
    private var storage: ScoreStorage

    init(_ values: [Int] = []) {
        storage = ScoreStorage(values)
    }

    var values: [Int] { storage.values }
    var count: Int { storage.values.count }

    /// Give this value its own storage if, and only if, another value shares it.
    private mutating func makeUnique() {
        var current = storage
        if !isKnownUniquelyReferenced(&current) {
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
