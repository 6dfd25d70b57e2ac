// Course-provided storage class for exercise 3. Do not edit: the tests count
// how many ScoreStorage objects get created, so every copy you make shows up.

final class ScoreStorage {
    /// How many ScoreStorage objects have been created so far (the tests read it).
    static var created = 0

    var values: [Int]

    init(_ values: [Int]) {
        self.values = values
        ScoreStorage.created += 1
    }
}
