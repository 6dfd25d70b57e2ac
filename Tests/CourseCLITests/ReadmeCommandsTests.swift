@testable import CourseCLI
import CourseTestSupport
import Foundation
import XCTest

/// README's Commands table stays true: every command of the registry has a row that names each of its
/// options, and every row names a real command.
final class ReadmeCommandsTests: XCTestCase {
    func rows() throws -> [String] {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try XCTUnwrap(readme.components(separatedBy: "## Commands").dropFirst().first?.components(separatedBy: "\n## ").first)
        return section.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| `course") }
    }

    func testEveryCommandAndOptionIsInTheTable() throws {
        let rows = try rows()
        for command in CommandRegistry.all {
            let own = rows.filter { $0.hasPrefix("| `course \(command.name)") }
            XCTAssertFalse(own.isEmpty, "README has no row for course \(command.name)")
            for parameter in command.parameters {
                XCTAssertTrue(own.contains { $0.contains(parameter.name) }, "README's row for \(command.name) does not name \(parameter.name)")
            }
        }
    }

    func testEveryRowNamesARealCommand() throws {
        for row in try rows() {
            let words = row.dropFirst("| `course".count).prefix { $0 != "`" }.split(separator: " ")
            guard let name = words.first.map(String.init), !name.hasPrefix("[") else { continue }  // bare `course`
            XCTAssertNotNil(CommandRegistry.command(named: name), "README names an unknown command: \(row.prefix(60))")
        }
    }
}
