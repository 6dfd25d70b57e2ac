import CourseGrading
import CourseModel
import Foundation

/// Per-test strength: a test that already passes on the starter cannot tell a learner's work from
/// the starter. Each one is reported at its line, unless `exercise.json` lists it in `passes_on_starter`.
enum StarterStrength {
    static func problems(course: Course, exercise: Exercise, starterReport report: GradeReport) -> [CourseProblem] {
        let allowed = Set(exercise.settings.passesOnStarter)
        // A parameterized (Swift Testing) test is one test here: it passes on the starter when all its arguments do.
        var order: [String] = []
        var allPass: [String: Bool] = [:]
        for test in report.tests {
            let base = test.id.range(of: " [").map { String(test.id[..<$0.lowerBound]) } ?? test.id
            if allPass[base] == nil { order.append(base) }
            allPass[base] = (allPass[base] ?? true) && test.status == .pass
        }
        let passing = order.filter { base in
            let method = String(base.split(separator: "/").last ?? "")
            let bare = String(method.prefix { $0 != "(" })
            return allPass[base] == true && !allowed.contains(method) && !allowed.contains(bare) && !allowed.contains(base)
        }
        guard !passing.isEmpty, !report.passed else { return [] }  // a starter that passes everything is reported on its own
        // An imported suite is kept as its track wrote it; there the bar is that the stub fails.
        guard exercise.settings.source == nil else { return [] }
        let inputs = ExerciseInputs(course: course, exercise: exercise)
        return passing.map { base in
            let method = String(String(base.split(separator: "/").last ?? "").prefix { $0 != "(" })
            var file = exercise.suitePath, line: Int?
            for (path, source) in zip(inputs.suiteFiles, inputs.suiteSources) {
                if let found = ExerciseSources.line(of: "func \(method)(", in: source) {
                    // The file's own folder: a public test lives in `public/`, not in the suite's `tests/`.
                    let folder = path.hasPrefix(course.url(exercise.publicTestsPath).path + "/") ? exercise.publicTestsPath : exercise.suitePath
                    file = folder + "/" + URL(fileURLWithPath: path).lastPathComponent
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
