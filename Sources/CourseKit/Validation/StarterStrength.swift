import CourseModel
import Foundation

/// Per-test strength: a test that already passes on the starter cannot tell a learner's work from
/// the starter. Each one is reported at its line, unless `exercise.json` lists it in `passes_on_starter`.
enum StarterStrength {
    static func problems(course: Course, exercise: Exercise, starterReport report: GradeReport) -> [CourseProblem] {
        let allowed = Set(exercise.settings.passesOnStarter)
        let passing = report.tests.filter { test in
            let method = String(test.id.split(separator: "/").last ?? "")
            return test.status == .pass && !allowed.contains(method) && !allowed.contains(test.id)
        }
        guard !passing.isEmpty, !report.passed else { return [] }  // a starter that passes everything is reported on its own
        // An imported suite is kept as its track wrote it; there the bar is that the stub fails.
        guard exercise.settings.source == nil else { return [] }
        let inputs = ExerciseInputs(course: course, exercise: exercise)
        return passing.map { test in
            let method = String(test.id.split(separator: "/").last ?? "")
            var file = exercise.suitePath, line: Int?
            for (path, source) in zip(inputs.suiteFiles, inputs.suiteSources) {
                if let found = ExerciseSources.line(of: "func \(method)(", in: source) {
                    file = exercise.suitePath + "/" + URL(fileURLWithPath: path).lastPathComponent
                    line = found
                    break
                }
            }
            return CourseProblem(file: file, line: line,
                "\(method) passes on the starter, so it cannot tell a learner's work from the starter: make it check what the learner must add, "
                + "or, if passing on the starter is intended, list it in \"passes_on_starter\" in \(exercise.settingsPath)")
        }
    }
}
