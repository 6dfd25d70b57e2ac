import CourseGrading
import CourseModel
import Foundation

/// `validate` on the grading settings: every test named in `test_weights` is a test of the suite (a typo
/// would silently weigh 1), and a learner edition's public tests are real test methods.
enum GradingSettingsCheck {
    static func problems(_ exercise: Exercise, inputs: ExerciseInputs) -> [CourseProblem] {
        var problems: [CourseProblem] = []
        let names = Set(inputs.tests.flatMap { [$0.methodName, String($0.methodName.prefix { $0 != "(" })] })
        for name in exercise.settings.testWeights.keys.sorted() where !names.contains(name) {
            let near = EditDistance.suggestion(for: name, among: Array(names)).map { " Did you mean \"\($0)\"?" } ?? ""
            problems.append(CourseProblem(file: exercise.settingsPath, "\"test_weights\" names \"\(name)\", which is not a test of \(exercise.id).\(near)"))
        }
        let publicFolder = inputs.courseRoot.appendingPathComponent(exercise.publicTestsPath).path
        let publicFiles = inputs.suiteFiles.filter { $0.hasPrefix(publicFolder + "/") }
        if !publicFiles.isEmpty && inputs.publicTestIDs.isEmpty {
            problems.append(CourseProblem(file: exercise.publicTestsPath,
                "has Swift files but no test methods: write 'func testSomething()' inside a 'final class …: XCTestCase'"))
        }
        return problems
    }
}
