import Foundation

/// Reads a course from its files. Only `course.json` problems stop loading; the rest become `problems`.
public enum CourseLoader {
    public static func load(root: URL) throws -> Course {
        let (title, version) = try readManifest(root: root)
        var problems: [CourseProblem] = []
        var shelved: [String] = []
        let lessons = readLessons(root: root, problems: &problems, shelved: &shelved)
        var exercises: [Exercise] = []
        var broken: [BrokenExercise] = []
        var seen: [String: String] = [:]
        for lesson in lessons {
            for id in lesson.exerciseIDs {
                guard let number = Exercise.number(fromID: id) else {
                    problems.append(CourseProblem(file: lesson.path, line: lessonLine(lesson, root: root),
                                                  "'\(id)' is not an exercise id; ids look like exercise-3"))
                    continue
                }
                if let other = seen[id] {
                    problems.append(CourseProblem(file: lesson.path, line: lessonLine(lesson, root: root),
                                                  "\(id) is already listed by \(other); each exercise belongs to one lesson"))
                    continue
                }
                seen[id] = lesson.path
                let settingsPath = Layout.settings(id)
                guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(settingsPath).path) else {
                    let problem = CourseProblem(file: lesson.path, line: lessonLine(lesson, root: root),
                        "names \(id), but \(settingsPath) does not exist. Create it (course new exercise --lesson \(lesson.number)) or remove \(id) from the lesson.")
                    problems.append(problem)
                    broken.append(BrokenExercise(id: id, lessonNumber: lesson.number, problems: [problem]))
                    continue
                }
                let (settings, settingsProblems) = ExerciseSettings.parse(data, file: settingsPath)
                problems += settingsProblems
                if let settings {
                    exercises.append(Exercise(id: id, number: number, lessonNumber: lesson.number, settings: settings))
                } else {
                    broken.append(BrokenExercise(id: id, lessonNumber: lesson.number, problems: settingsProblems))
                }
            }
        }
        problems += orphanProblems(root: root, listed: Set(seen.keys).union(shelved))
        var course = Course(root: root, title: title, formatVersion: version, lessons: lessons,
                            exercises: exercises, problems: problems)
        course.broken = broken
        course.edition = CourseEdition.read(manifest: FileManager.default.contents(atPath: root.appendingPathComponent(Layout.manifest).path))
        return course
    }

    static func readManifest(root: URL) throws -> (String, Int) {
        let path = root.appendingPathComponent(Layout.manifest).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CourseError.invalidCourse(file: Layout.manifest,
                reason: "missing. A course needs a course.json at its root, e.g. {\"format_version\": 1, \"title\": \"My course\"}")
        }
        if let syntax = StrictJSON.firstError(in: data) {
            throw CourseError.invalidCourse(file: "\(Layout.manifest):\(syntax.line):\(syntax.column)", reason: "not valid JSON: \(syntax.message)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CourseError.invalidCourse(file: Layout.manifest, reason: "is not a JSON object like {\"format_version\": 1, \"title\": \"My course\"}")
        }
        guard let version = JSONValue.integer(object["format_version"]), version >= 1 else {
            throw CourseError.invalidCourse(file: Layout.manifest, reason: "needs \"format_version\": 1 (a whole number)")
        }
        guard version <= CourseFormat.supportedVersion else {
            throw CourseError.courseFormatTooNew(found: version, supported: CourseFormat.supportedVersion)
        }
        let title = (object["title"] as? String) ?? root.lastPathComponent
        return (title, version)
    }

    static func readLessons(root: URL, problems: inout [CourseProblem], shelved: inout [String]) -> [Lesson] {
        let folder = root.appendingPathComponent(Layout.lessons)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var lessons: [Lesson] = []
        var taken = Set(names.compactMap { parseLessonFileName($0)?.0 })
        for name in names where name.hasSuffix(".md") && name.lowercased() != "readme.md" {
            let path = "\(Layout.lessons)/\(name)"
            guard let (number, slug) = parseLessonFileName(name) else {
                problems.append(CourseProblem(file: path, "lesson files are named NN-slug.md, e.g. 03-closures.md; rename this one"))
                continue
            }
            if let other = lessons.first(where: { $0.number == number }) {
                let free = nextFreeNumber(after: taken)
                taken.insert(free)
                let renamed = String(format: "%02d-%@.md", free, slug)
                problems.append(CourseProblem(file: path,
                    "has the same number as \(other.path), so it is left out; rename it to \(Layout.lessons)/\(renamed) (\(free) is the next free number)"))
                // Its exercises are not orphans: they come back when it is renamed.
                if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) {
                    shelved += exerciseIDs(FrontMatter.parse(text).0)
                }
                continue
            }
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else {
                problems.append(CourseProblem(file: path, "cannot be read as UTF-8 text"))
                continue
            }
            let (front, issues) = FrontMatter.parse(text)
            problems += issues.map { CourseProblem(file: path, line: $0.line, $0.message) }
            if front.fields.isEmpty && issues.isEmpty {
                problems.append(CourseProblem(file: path, line: 1,
                    "has no front matter; start it with ---, title: …, module: …, exercises: exercise-N, ---"))
            }
            let title = front.fields["title"].flatMap { $0.isEmpty ? nil : $0 } ?? firstHeading(front.body) ?? slug
            let module = front.fields["module"].flatMap { $0.isEmpty ? nil : $0 } ?? "Lessons"
            let ids = exerciseIDs(front)
            for key in front.fields.keys.sorted() where !FrontMatter.knownKeys.contains(key) {
                let near = EditDistance.suggestion(for: key, among: FrontMatter.knownKeys).map { " Did you mean '\($0)'?" } ?? ""
                problems.append(CourseProblem(file: path, line: front.lines[key],
                                              "unknown front-matter key '\(key)'.\(near) Known: \(FrontMatter.knownKeys.joined(separator: ", "))"))
            }
            lessons.append(Lesson(number: number, slug: slug, title: title, module: module,
                                  exerciseIDs: ids, path: path, body: front.body))
        }
        return lessons.sorted { $0.number < $1.number }
    }

    /// The ids on a front matter's `exercises:` line.
    static func exerciseIDs(_ front: FrontMatter) -> [String] {
        (front.fields["exercises"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The smallest lesson number above every one taken.
    static func nextFreeNumber(after taken: Set<Int>) -> Int { (taken.max() ?? 0) + 1 }

    /// `07-closures.md` → (7, "closures").
    public static func parseLessonFileName(_ name: String) -> (Int, String)? {
        guard name.hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        guard let dash = stem.firstIndex(of: "-") else { return nil }
        let digits = stem[..<dash]
        let slug = String(stem[stem.index(after: dash)...])
        guard !digits.isEmpty, digits.count < 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(digits), !slug.isEmpty else { return nil }
        return (number, slug)
    }

    static func firstHeading(_ body: String) -> String? {
        for line in body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n") where line.hasPrefix("# ") {
            return line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static func lessonLine(_ lesson: Lesson, root: URL) -> Int? {
        guard let text = try? String(contentsOf: root.appendingPathComponent(lesson.path), encoding: .utf8) else { return nil }
        return FrontMatter.parse(text).0.lines["exercises"]
    }

    static func orphanProblems(root: URL, listed: Set<String>) -> [CourseProblem] {
        let hidden = root.appendingPathComponent(Layout.hidden)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: hidden.path)) ?? []).sorted()
        return names.filter { $0.hasPrefix("exercise-") && !listed.contains($0) }.map {
            CourseProblem(file: Layout.hiddenFolder($0), "is not listed by any lesson; add it to a lesson's 'exercises:' line")
        }
    }
}
