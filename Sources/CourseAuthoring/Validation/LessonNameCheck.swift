import CourseModel

/// Lesson file names that `course lesson SLUG` cannot tell apart, or that are not plain ASCII.
enum LessonNameCheck {
    static func problems(in lessons: [Lesson]) -> [CourseProblem] {
        var problems: [CourseProblem] = []
        var first: [String: Lesson] = [:]
        for lesson in lessons {
            let suggested = Scaffold.slug(lesson.slug)
            if lesson.slug.unicodeScalars.contains(where: { !$0.isASCII }) {
                problems.append(CourseProblem(file: lesson.path,
                    "the file name is not plain ASCII, which some terminals and tools mangle: rename it to \(fileName(lesson, slug: suggested))"))
            }
            if let other = first[lesson.slug] {
                problems.append(CourseProblem(file: lesson.path,
                    "has the same slug '\(lesson.slug)' as \(other.path), so 'course lesson \(lesson.slug)' cannot tell them apart: rename it, e.g. to \(fileName(lesson, slug: lesson.slug + "-\(lesson.number)"))"))
            } else {
                first[lesson.slug] = lesson
            }
        }
        return problems
    }

    static func fileName(_ lesson: Lesson, slug: String) -> String {
        String(format: "%@/%02d-%@.md", Layout.lessons, lesson.number, slug)
    }
}
