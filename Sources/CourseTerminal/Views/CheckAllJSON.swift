import CourseClassroom
import CourseGrading
import CourseModel

/// `course check --all --json`: every exercise's verdict and score, for scripts and CI (GitHub Classroom's
/// autograding reads it through Examples/grading/classroom-results.py). An exercise scores its `points`
/// times the share of its tests' weights that passed, as `course grade` counts them.
public struct CheckAllJSON: Encodable, Equatable {
    public struct Entry: Encodable, Equatable {
        public var exercise: String
        public var title: String
        /// pass, fail or error, as `check --json`.
        public var status: String
        public var tests_passed: Int
        public var tests: Int
        public var score: Double
        public var max_score: Double
        public var message: String?
    }

    public var course: String
    public var edition: String
    public var passed: Int
    public var total: Int
    public var score: Double
    public var max_score: Double
    public var exercises: [Entry]

    public init(course: Course, results: [(exercise: Exercise, report: GradeReport)]) {
        let entries = results.map { exercise, report -> Entry in
            let scored = GradedExercise.from(report, student: "", key: "", inputs: ExerciseInputs(course: course, exercise: exercise))
            return Entry(exercise: exercise.id, title: exercise.settings.title, status: report.status.rawValue,
                         tests_passed: report.tests.filter { $0.status == .pass }.count, tests: report.tests.count,
                         score: scored.score, max_score: scored.maxScore, message: report.message)
        }
        self.course = course.title
        edition = course.edition.rawValue
        passed = results.filter { $0.report.passed }.count
        total = results.count
        score = Score.rounded(entries.map(\.score).reduce(0, +))
        max_score = Score.rounded(entries.map(\.max_score).reduce(0, +))
        exercises = entries
    }
}
