import CourseGrading
import CourseModel
import Foundation

/// The checks `validate --quick` runs on the course's text, without a compiler: each problem names
/// the file, the line and the fix.
enum StaticChecks {
    static func problems(course: Course, inputs: ExerciseInputs) -> [CourseProblem] {
        let sources = ExerciseSources(course: course, inputs: inputs)
        let settings = RegularFile.contents(course.url(inputs.exercise.settingsPath).path).flatMap { String(data: $0, encoding: .utf8) }
        let moduleMap = RegularFile.contents(course.url(inputs.exercise.supportPath + "/module.modulemap").path).map { String(decoding: $0, as: UTF8.self) }
        return SuiteShapeCheck.problems(in: sources.suite)
            + SuiteImportCheck.problems(in: sources, supportModules: moduleMap.map(SuiteImportCheck.moduleNames(inModuleMap:)) ?? [])
            + OperatorCheck.problems(in: [sources.starter, sources.solution].compactMap { $0 })
            + StarterContract.problems(in: sources)
            + ExtensionContractCheck.problems(in: sources)
            + ScaffoldLeftovers.problems(in: sources, settingsText: settings)
    }

    static func problems(course: Course) -> [CourseProblem] {
        var problems = LessonNameCheck.problems(in: course.lessons)
        for lesson in course.lessons {
            if let data = RegularFile.contents(course.url(lesson.path).path), let text = String(data: data, encoding: .utf8) {
                problems += ScaffoldLeftovers.problems(in: lesson, text: text)
            }
        }
        return problems
    }
}
