import CourseModel

/// `--exercises 1-5,7,exercise-9`: numbers, ranges of numbers and ids, in course order.
enum ExerciseSelection {
    static func parse(_ text: String, in course: Course) throws -> [Exercise] {
        var numbers = Set<Int>()
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let bounds = part.split(separator: "-", maxSplits: 1).map(String.init)
            if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]) {
                guard low <= high, high - low < 10_000 else {
                    throw CourseError.usage("--exercises: '\(part)' is not a range from low to high, e.g. 1-5")
                }
                numbers.formUnion(low...high)
            } else {
                numbers.insert(try course.exercise(part).number)
            }
        }
        let chosen = course.exercises.filter { numbers.contains($0.number) }
        let known = Set(course.exercises.map(\.number))
        if let unknown = numbers.subtracting(known).sorted().first {
            throw CourseError.usage("--exercises names exercise-\(unknown), which this course does not have (it has \(course.exercises.count) exercises)")
        }
        guard !chosen.isEmpty else { throw CourseError.usage("--exercises chose no exercise; write e.g. --exercises 1-5,7") }
        return chosen
    }
}
