@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The report cache stays bounded.
final class GradeCachePruneTests: XCTestCase {
    func testPruningKeepsTheNewestReports() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let cache = GradeCache(folder: folder, limit: 8)
        let report = GradeReport(exercise: "exercise-1", status: .pass)
        for index in 0..<12 {
            cache.store(report, key: "k\(index)")
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 + index))],
                                                  ofItemAtPath: folder.appendingPathComponent("k\(index).json").path)
        }
        cache.prune()
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertEqual(left, ["k10.json", "k11.json", "k6.json", "k7.json", "k8.json", "k9.json"])
        XCTAssertEqual(cache.lookup("k11"), report)
        XCTAssertNil(cache.lookup("k0"))
    }
}
