// Blind spot: makeUnique() caches a positive isKnownUniquelyReferenced answer in a stored flag to skip the check on later mutations; the flag is copied with the value, so after var b = a both believe they own the storage.
// Exposed by: var a = Scores([1]); a.append(2); let b = a; a.append(3)
//   reference: b.values == [1, 2]; this: b.values == [1, 2, 3] (a wrote into the shared storage).
//
// Exercise 3: copy-on-write by hand (blind-spot wrong answer)

struct Scores {
    private var storage: ScoreStorage
    /// Set once the uniqueness check said yes, so a loop of appends asks only once.
    private var knownUnique = false

    init(_ values: [Int] = []) {
        storage = ScoreStorage(values)
    }

    var values: [Int] { storage.values }
    var count: Int { storage.values.count }

    /// Give this value its own storage if, and only if, another value shares it.
    private mutating func makeUnique() {
        if knownUnique { return }
        if isKnownUniquelyReferenced(&storage) {
            knownUnique = true
        } else {
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
