import CourseTestSupport
import Foundation

/// The synthetic class the classroom tests grade.
extension EndToEndTestCase {
    /// The tiny course with a public test for exercise-2 beside its hidden suite.
    func classCourse() throws -> URL {
        let root = try tinyCopy()
        try write("""
            import XCTest

            final class StackPublicTests: XCTestCase {
                func testANewStackIsEmpty() {
                    XCTAssertEqual(Stack<Int>().count, 0, "a new stack holds nothing")
                }
            }
            """, to: "Tests/Hidden/exercise-2/public/StackPublicTests.swift", in: root)
        return root
    }

    /// alice: every solution; bob: the starters, as loose files; carol: a wrong stack; dave: a folder with no exercise
    /// files; erin: an endless loop in peek and a cheat (imports XCTest); frank.txt: not a folder; gina: a link to the
    /// instructor's solution.
    func makeClass(_ course: URL) throws -> URL {
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        let solution = { (id: String) in try self.text("Solutions/\(id).swift", in: course) }
        for id in ["exercise-1", "exercise-2", "exercise-3"] {
            try write(try solution(id), to: "alice/Exercises/\(id).swift", in: submissions)
            try write(try text("Exercises/\(id).swift", in: course), to: "bob/\(id).swift", in: submissions)
        }
        try write(try solution("exercise-2").replacingOccurrences(of: "return items.last", with: "return items.first"),
                  to: "carol/Exercises/exercise-2.swift", in: submissions)
        try write("notes, not code\n", to: "dave/README.md", in: submissions)
        try write(try solution("exercise-2").replacingOccurrences(of: "return items.last", with: "while true {}"),
                  to: "erin/Exercises/exercise-2.swift", in: submissions)
        try write("import XCTest\n" + (try solution("exercise-1")), to: "erin/Exercises/exercise-1.swift", in: submissions)
        try write("hello\n", to: "frank.txt", in: submissions)
        try FileManager.default.createDirectory(at: submissions.appendingPathComponent("gina/Exercises"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: submissions.appendingPathComponent("gina/Exercises/exercise-2.swift").path,
                                                   withDestinationPath: course.appendingPathComponent("Solutions/exercise-2.swift").path)
        return submissions
    }
}
