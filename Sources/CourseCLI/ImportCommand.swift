import CourseAuthoring
import CourseModel
import CourseTerminal
import Foundation

/// `course import exercism TRACK_DIR`: a course (or more of one) from a checkout of an Exercism track.
struct ImportCommand: Command {
    static let exercises = Parameter.option("--exercises", value: "SLUG,…", "Import only these exercises (kept in the track's order).")
    static let into = Parameter.path("--into", value: "COURSE", "Add to this existing course, at its next free lesson and exercise numbers.")
    static let to = Parameter.path("--to", value: "DIR", "Create the new course in this folder (default: the current folder).")
    static let perLesson = Parameter.integer("--per-lesson", 1...100, "Put N exercises in each lesson, in the track's order (default: 1).")

    let name = "import"
    let forInstructors = true
    let summary = "Import exercises from a checkout of an Exercism track (for instructors)."
    let arguments = "exercism TRACK_DIR"
    let positionals = Positionals(0...2)
    let details = "Writes one lesson per exercise (or per N with --per-lesson; from .docs), the stub as the starter, the example or exemplar as the reference solution, the test files unchanged as the hidden suite, hints from .docs/hints.md, and ATTRIBUTION.md with the track's commit and MIT licence. Exercises that need package dependencies are skipped with the reason. Then validates each imported exercise and prints one line per exercise.\nExit status: 0 when every imported exercise validates, 1 otherwise."
    let parameters = [ImportCommand.exercises, ImportCommand.into, ImportCommand.to, ImportCommand.perLesson]

    func run(_ invocation: Invocation) throws -> Int32 {
        let words = invocation.arguments.positionals
        guard words.first == "exercism" else {
            throw CourseError.usage(words.isEmpty ? "say what to import: 'course import exercism TRACK_DIR'"
                                                  : "unknown source '\(words[0])'; the one source is 'exercism': 'course import exercism TRACK_DIR'")
        }
        guard words.count == 2 else { throw CourseError.usage("name the track's folder: 'course import exercism TRACK_DIR'") }
        let into = invocation.arguments.value(of: Self.into)
        if into != nil, invocation.arguments.value(of: Self.to) != nil { throw CourseError.usage("give --into (an existing course) or --to (a new one), not both") }
        let root = invocation.path(into ?? invocation.arguments.value(of: Self.to) ?? ".")
        let track = try ExercismTrack.open(invocation.path(words[1]))
        let slugs = invocation.arguments.value(of: Self.exercises).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let entries = try track.select(slugs)
        let title = into == nil ? "Exercises from \(track.track)" : nil
        let perLesson = invocation.arguments.integer(Self.perLesson) ?? 1
        let outcomes = try ExercismImporter(track: track).run(entries, into: root, newCourseTitle: title, perLesson: perLesson)

        let course = try CourseLoader.load(root: root)
        let ids = outcomes.compactMap(\.exercise)
        let output = invocation.output
        if !ids.isEmpty { output.err("Validating \(ids.count) imported exercise\(ids.count == 1 ? "" : "s")…") }
        let grader = ids.isEmpty ? nil : try invocation.graders(for: course).grader(withCache: false)
        let check = ImportCheck(validator: CourseValidator(course: course, grader: grader))
        let problems = ids.isEmpty ? [:] : check.problems(of: ids, workers: ProcessInfo.processInfo.activeProcessorCount) { done, total in
            if done % 20 == 0 || done == total { output.err("  \(done)/\(total) gradings") }
        }
        for outcome in outcomes {
            output.out(ImportView.line(outcome, problems: outcome.exercise.map { problems[$0] ?? [] }, style: invocation.style))
        }
        let failing = ids.filter { !(problems[$0] ?? []).isEmpty }.count
        output.out(ImportView.summary(outcomes, failing: failing, folder: into ?? invocation.arguments.value(of: Self.to) ?? ".", track: track))
        return failing == 0 ? 0 : 1
    }
}
