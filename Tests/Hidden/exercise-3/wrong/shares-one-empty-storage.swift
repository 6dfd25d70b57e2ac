// Blind spot: Every empty Scores() shares one static empty storage (like Swift's empty-array singleton), so a Scores that nobody else shares still copies on its first mutation: the copy moves from init to the first append.
// Exposed by: var s = Scores(); let before = ScoreStorage.created; s.append(1)
//   reference: ScoreStorage.created - before == 0 (a unique value mutates in place; the reference made its storage in init);
//   this: 1. (Scores() itself: reference creates 1 storage, this 0.)
//
// Exercise 3: copy-on-write by hand (blind-spot wrong answer)

struct Scores {
    private var storage: ScoreStorage

    /// One storage for every empty Scores, like Swift's own empty-array singleton:
    /// an empty value costs no allocation until it is first written.
    private static let emptyStorage = ScoreStorage([])

    init(_ values: [Int] = []) {
        storage = values.isEmpty ? Scores.emptyStorage : ScoreStorage(values)
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
