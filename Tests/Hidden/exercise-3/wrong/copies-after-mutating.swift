// Plausible wrong answer: the uniqueness check is there, but runs AFTER the
// write. The shared storage has already been changed (the other value sees it),
// and only then is a private copy made.

struct Scores {
    private var storage: ScoreStorage

    init(_ values: [Int] = []) {
        storage = ScoreStorage(values)
    }

    var values: [Int] { storage.values }
    var count: Int { storage.values.count }

    /// Give this value its own storage if, and only if, another value shares it.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = ScoreStorage(storage.values)
        }
    }

    mutating func append(_ value: Int) {
        storage.values.append(value)
        makeUnique()
    }

    subscript(index: Int) -> Int {
        get { storage.values[index] }
        set {
            makeUnique()
            storage.values[index] = newValue
        }
    }
}
