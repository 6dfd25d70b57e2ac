/// One lesson: a Markdown file in `Lessons/` whose front matter names its exercises.
public struct Lesson: Equatable, Sendable {
    /// 1-based position, from the number at the start of the file name.
    public var number: Int
    /// The file name without number and extension, e.g. `values-and-references`.
    public var slug: String
    public var title: String
    public var module: String
    public var exerciseIDs: [String]
    /// Path relative to the course root.
    public var path: String
    /// The Markdown after the front matter.
    public var body: String
}
