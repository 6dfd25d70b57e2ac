import CourseModel
import Foundation

/// Creates new lessons and exercises from templates (`Templates/Scaffold*`), with the next free numbers.
public struct Scaffold {
    public var course: Course

    public init(course: Course) { self.course = course }

    /// Template text that `validate` reports until the instructor replaces it (`ScaffoldLeftovers`).
    static let lessonPlaceholder = "Say what this lesson teaches and why it matters, in a few sentences."
    static let starterPlaceholder = "TODO: make "
    static let testPlaceholder = "testTheAnswerIsFortyTwo"
    static let hintPlaceholder = "Read the TODO comment in the starter."
    static let learnedPlaceholder = "Replace this with what the learner now knows."

    /// `My First Lesson!` → `my-first-lesson`.
    /// Letters lose their diacritics first: `Äpfel` → `apfel`, `Crème brûlée` → `creme-brulee`.
    public static func slug(_ title: String) -> String {
        var result = ""
        for scalar in title.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).lowercased().unicodeScalars {
            if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "lesson" : String(result.prefix(48))
    }

    /// The next lesson number and its file path.
    public func nextLesson(title: String) -> (number: Int, path: String) {
        let used = course.lessons.map(\.number) + lessonNumbersOnDisk()
        let number = (used.max() ?? 0) + 1
        var slug = Scaffold.slug(title)
        let slugs = course.lessons.map(\.slug) + lessonSlugsOnDisk()
        if slugs.contains(slug) { slug += "-\(number)" }  // two lessons with one title still get two slugs
        return (number, String(format: "%@/%02d-%@.md", Layout.lessons, number, slug))
    }

    /// The next exercise number: above every listed exercise and every hidden folder.
    public func nextExerciseNumber() -> Int {
        let hidden = ((try? FileManager.default.contentsOfDirectory(atPath: course.url(Layout.hidden).path)) ?? [])
            .compactMap(Exercise.number(fromID:))
        let listed = course.lessons.flatMap(\.exerciseIDs).compactMap(Exercise.number(fromID:))
        return ((hidden + listed).max() ?? 0) + 1
    }

    func lessonSlugsOnDisk() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: course.url(Layout.lessons).path)) ?? [])
            .compactMap { CourseLoader.parseLessonFileName($0)?.1 }
    }

    func lessonNumbersOnDisk() -> [Int] {
        ((try? FileManager.default.contentsOfDirectory(atPath: course.url(Layout.lessons).path)) ?? [])
            .compactMap { CourseLoader.parseLessonFileName($0)?.0 }
    }

    /// The module a new lesson goes in: the one asked for, else the last lesson's, else "Basics".
    public func lessonModule(_ asked: String?) -> String {
        asked.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? course.lessons.last?.module ?? "Basics"
    }

    /// Writes a lesson skeleton; returns its path.
    public func createLesson(title: String, module: String?) throws -> String {
        let (_, path) = nextLesson(title: title)
        let moduleName = lessonModule(module)
        let text = Template.fill(Template.scaffoldLesson,
                                 ["title": title, "module": moduleName, "lesson_placeholder": Scaffold.lessonPlaceholder])
        try write(text, to: path)
        return path
    }

    /// Writes an exercise (starter, its pristine copy, solution, settings, a suite with one test and one
    /// generated test against the reference)
    /// and adds it to the lesson's `exercises:` line; returns the new id.
    public func createExercise(lesson: Lesson, title: String?) throws -> String {
        let number = nextExerciseNumber()
        let id = "exercise-\(number)"
        let exercise = Exercise(id: id, number: number, lessonNumber: lesson.number,
                                settings: ExerciseSettings(title: title ?? "Exercise \(number)", hints: []))
        let function = "answer\(number)"
        let values = ["id": id, "title": exercise.settings.title, "number": String(number), "function": function,
                      "starter_placeholder": Scaffold.starterPlaceholder, "test_placeholder": Scaffold.testPlaceholder]
        let starter = Template.fill(Template.scaffoldStarter, values)
        let solution = starter.replacingOccurrences(of: "return 0  // TODO", with: "return 42")
        let suite = Template.fill(Template.scaffoldSuite, values)
        // One generated test, the shape of the ones that catch what no example tries (AUTHORING.md, "Generated cases").
        let generated = Template.fill(Template.scaffoldGenerated, values)
        let settings = ScaffoldSettings(title: exercise.settings.title,
                                        hints: [Scaffold.hintPlaceholder, "Return 42."],
                                        learned: Scaffold.learnedPlaceholder)
        let settingsData = try JSONOutput.data(settings)
        try write(starter, to: exercise.learnerPath)
        try write(starter, to: exercise.starterPath)
        try write(solution, to: exercise.solutionPath)
        try write(String(decoding: settingsData, as: UTF8.self) + "\n", to: exercise.settingsPath)
        try write(suite, to: "\(exercise.suitePath)/Exercise\(number)Tests.swift")
        try write(generated, to: "\(exercise.suitePath)/GeneratedExercise\(number)Tests.swift")
        try addExercise(id, to: lesson)
        return id
    }

    /// Appends an id to a lesson's `exercises:` front-matter line.
    func addExercise(_ id: String, to lesson: Lesson) throws {
        let url = course.url(lesson.path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw CourseError.fileSystem(path: lesson.path, reason: "cannot be read")
        }
        var lines = text.components(separatedBy: "\n")
        let (front, _) = FrontMatter.parse(text)
        if let line = front.lines["exercises"], line - 1 < lines.count {
            let existing = front.fields["exercises"] ?? ""
            lines[line - 1] = "exercises: " + (existing.isEmpty ? id : existing + ", " + id)
        } else if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            lines.insert("exercises: \(id)", at: 1)
        } else {
            lines = ["---", "title: \(lesson.title)", "exercises: \(id)", "---", ""] + lines
        }
        try write(lines.joined(separator: "\n"), to: lesson.path)
    }

    func write(_ text: String, to relative: String) throws {
        let url = course.url(relative)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch {
            throw CourseError.fileSystem(path: relative, reason: "could not be written (\(error))")
        }
    }
}

/// The `exercise.json` a scaffolded exercise starts with.
struct ScaffoldSettings: Encodable {
    var title: String
    var hints: [String]
    var learned: String
}
