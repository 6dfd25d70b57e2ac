// Exercise 3: copy-on-write by hand
//
// `Scores` keeps its numbers in a `ScoreStorage` object (a class provided by
// the course; you can use it but not change it). Copying a `Scores` value is
// cheap because only the reference is copied. The catch: right now both
// copies share the same storage, so appending to one changes the other.
//
// Make `Scores` behave like a real value using copy-on-write:
//   - copying a Scores value (`var b = a`) must create NO new storage;
//   - before a mutation (`append` or the subscript setter), if the storage is
//     shared, replace it with a private copy: `ScoreStorage(storage.values)`;
//   - if the storage is NOT shared, mutate it in place: create NO new storage.
//     The tests count every `ScoreStorage` created, so a version that always
//     copies fails;
//   - `init` creates exactly one new storage, owned by that value alone: a
//     value nobody copied mutates in place, even a new empty one
//     (`var s = Scores(); s.append(1)` creates 1 storage in all, in `init`).
//
// `isKnownUniquelyReferenced(&storage)` answers "is this the only strong
// reference?". Call it on the stored property itself, not on a local copy
// (a local copy is a second reference, so the answer would always be no).

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
