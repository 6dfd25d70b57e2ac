// Plausible wrong answer: correct results, but every mutation copies the
// storage, even when nobody else shares it (O(n) per append).
struct Scores {
    private var storage: ScoreStorage

    init(_ values: [Int] = []) {
        storage = ScoreStorage(values)
    }

    var values: [Int] { storage.values }
    var count: Int { storage.values.count }

    mutating func append(_ value: Int) {
        storage = ScoreStorage(storage.values)
        storage.values.append(value)
    }

    subscript(index: Int) -> Int {
        get { storage.values[index] }
        set {
            storage = ScoreStorage(storage.values)
            storage.values[index] = newValue
        }
    }
}
