import CourseModel
import Foundation

/// What `course init` writes: a course that validates as created, with one real lesson and one real
/// exercise (not template text), so an instructor starts from an example that works end to end.
public enum NewCourseTemplate {
    /// The files of a new course, path (relative to its root) → text.
    public static func files(title: String) -> [(path: String, text: String)] {
        let id = "exercise-1"
        let starter = """
        // \(id): say hello.
        //
        // Make greet(_:) return "Hello, NAME!" for the name it is given, e.g. greet("Ada") is "Hello, Ada!".

        func greet(_ name: String) -> String {
            return ""  // write the greeting here
        }

        """
        let solution = """
        // \(id): say hello.

        func greet(_ name: String) -> String {
            return "Hello, \\(name)!"
        }

        """
        let wrong = """
        // Forgets the exclamation mark: the suite must reject it.
        func greet(_ name: String) -> String {
            return "Hello, \\(name)"
        }

        """
        let suite = """
        import XCTest

        final class GreetTests: XCTestCase {
            func testGreetsByName() {
                XCTAssertEqual(greet("Ada"), "Hello, Ada!", "greet should say hello to the name it is given")
            }

            func testGreetsAnotherName() {
                XCTAssertEqual(greet("Grace"), "Hello, Grace!")
            }
        }

        """
        let lesson = """
        ---
        title: First steps
        module: Basics
        exercises: \(id)
        ---

        # First steps

        String interpolation puts a value inside a string: write `\\(value)` where it goes.

        ```swift
        let name = "Ada"
        print("Hi, \\(name).")  // Hi, Ada.
        ```

        ## Exercises

        - **\(id)**: make `greet` return a friendly greeting.

        """
        let settings = """
        {
          "title": "Say hello",
          "hints": ["String interpolation puts a value inside a string.", "Return \\"Hello, \\\\(name)!\\"."],
          "learned": "String interpolation builds strings from values."
        }

        """
        let manifest = String(decoding: (try? JSONOutput.data(Manifest(formatVersion: CourseFormat.supportedVersion, title: title))) ?? Data(), as: UTF8.self)
        return [
            (Layout.manifest, manifest + "\n"),
            (".gitignore", Layout.gitignore),
            ("\(Layout.lessons)/01-first-steps.md", lesson),
            (Layout.learnerFile(id), starter),
            (Layout.starter(id), starter),
            (Layout.solution(id), solution),
            (Layout.settings(id), settings),
            ("\(Layout.suite(id))/GreetTests.swift", suite),
            ("\(Layout.wrongSolutions(id))/forgets-punctuation.swift", wrong),
        ]
    }

    /// Writes a new course into `folder` (created if needed); returns the paths written. Refuses a folder
    /// that already holds a course or any of these files: nothing is ever overwritten.
    public static func create(in folder: URL, title: String) throws -> [String] {
        let fm = FileManager.default
        let files = files(title: title)
        for existing in [Layout.manifest, Layout.lessons] + files.map(\.path)
        where fm.fileExists(atPath: folder.appendingPathComponent(existing).path) {
            throw CourseError.fileSystem(path: folder.appendingPathComponent(existing).path,
                                         reason: "already exists; 'course init' writes only into a folder without a course, and overwrites nothing. Choose another folder, e.g. 'course init my-course'")
        }
        try write(files.map { ($0.path, $0.text) }, into: folder)
        return files.map(\.path)
    }

    /// Writes each file (course-relative path, text), creating folders; `course import` writes with it too.
    static func write(_ files: [(String, String)], into folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(Data(text.utf8), to: url)
            } catch {
                throw CourseError.fileSystem(path: url.path, reason: "could not be written (\(error.localizedDescription))")
            }
        }
    }

    /// `course.json`.
    struct Manifest: Encodable {  // also written by `course import`
        var formatVersion: Int
        var title: String
        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version"
            case title
        }
    }
}
