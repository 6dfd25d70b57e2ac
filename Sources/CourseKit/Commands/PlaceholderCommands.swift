// TEMPORARY: replaced as the commands land.
extension Session {
    func watch() throws -> Int32 { throw CourseError.usage("watch is not available yet") }
    func validate() throws -> Int32 { throw CourseError.usage("validate is not available yet") }
    func scaffold() throws -> Int32 { throw CourseError.usage("new is not available yet") }
}
