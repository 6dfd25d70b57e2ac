// Plausible wrong answer: the uniqueness check is in append but was
// forgotten in the subscript setter.
struct Scores {
    private var storage: ScoreStorage

    init(_ values: [Int] = []) {
        storage = ScoreStorage(values)
    }

    var values: [Int] { storage.values }
    var count: Int { storage.values.count }

    mutating func append(_ value: Int) {
        if !isKnownUniquelyReferenced(&storage) {
            storage = ScoreStorage(storage.values)
        }
        storage.values.append(value)
    }

    subscript(index: Int) -> Int {
        get { storage.values[index] }
        set { storage.values[index] = newValue }
    }
}
