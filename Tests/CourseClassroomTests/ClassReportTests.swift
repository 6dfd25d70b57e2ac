@testable import CourseClassroom
import CourseModel
import XCTest

/// The pure parts of the class report and the similarity check: score bands, item analysis, error grouping,
/// fingerprints that survive renaming and reformatting, and the given code excluded.
final class ClassReportTests: XCTestCase {
    func testScoreBands() {
        let cases: [(Double, Double, Int)] = [(0, 1, 0), (0.1, 1, 1), (0.25, 1, 2), (0.5, 1, 3), (0.74, 1, 3), (0.75, 1, 4), (0.99, 1, 4),
                                              (1, 1, 5), (3, 3, 5), (0, 0, 0), (1.5, 3, 3)]
        for (score, points, band) in cases { XCTAssertEqual(ClassReport.band(score, of: points), band, "\(score) of \(points)") }
    }

    func testItemAnalysisReadings() {
        XCTAssertEqual(ClassReport.verdict(passed: 0, attempted: 4, 0), "everyone fails")
        XCTAssertEqual(ClassReport.verdict(passed: 4, attempted: 4, 0), "everyone passes")
        XCTAssertEqual(ClassReport.verdict(passed: 2, attempted: 4, 1), "separates")
        XCTAssertEqual(ClassReport.verdict(passed: 2, attempted: 4, 0.1), "does not separate")
        XCTAssertEqual(ClassReport.verdict(passed: 2, attempted: 4, -0.5), "weak favoured")
    }

    func testCompileErrorsGroupAcrossStudentsPaths() {
        XCTAssertEqual(ClassReport.errorLine("/tmp/x/carol/exercise-2.swift:7:5: error: cannot find 'y' in scope\nmore"), "error: cannot find 'y' in scope")
        XCTAssertEqual(ClassReport.errorLine("carol/exercise-2.swift does not compile (2 errors)."), "exercise-2.swift does not compile (2 errors).")
        XCTAssertEqual(ClassReport.errorLine(nil), "(no message)")
    }

    static let source = """
        // Sums the even squares.
        func evenSquares(_ numbers: [Int]) -> Int {
            var total = 0
            for n in numbers where n % 2 == 0 {
                total += n * n
            }
            return total
        }

        func label(for value: Int) -> String {
            if value > 100 { return "big" }
            return value < 0 ? "negative" : "small: \\(value)"
        }
        """

    func testRenamingRecommentingAndLayoutChangeNoFingerprint() {
        let disguised = """
            /* my own work */ func f(_ xs: [Int]) -> Int { var acc = 1; for y in xs where y % 4 == 1 { acc += y * y }; return acc }
            func describe(for v: Int) -> String { if v > 7 { return "large" }
              return v < 0 ? "below" : "other \\(v)" }
            """.replacingOccurrences(of: "; ", with: "\n")
        let a = SimilarityFingerprints(source: Self.source), b = SimilarityFingerprints(source: disguised)
        XCTAssertFalse(a.hashes.isEmpty)
        XCTAssertEqual(a.hashes, b.hashes)
        XCTAssertEqual(SimilarityFingerprints.normalized("let x = 42").count, SimilarityFingerprints.normalized("let x = 7").count)
    }

    func testGivenCodeNeverCounts() {
        let check = SimilarityCheck(exercise: "exercise-1", submissions: [.init(student: "a", source: Self.source), .init(student: "b", source: Self.source)],
                                    given: [Self.source])
        XCTAssertEqual(check.pairs(), [], "two students who handed in the starter unchanged share nothing of their own")
        let copied = SimilarityCheck(exercise: "exercise-1", submissions: [.init(student: "b", source: Self.source), .init(student: "a", source: Self.source)], given: [])
        let pairs = copied.pairs(workers: 2)
        XCTAssertEqual(pairs.map { "\($0.first)-\($0.second)" }, ["a-b"])
        XCTAssertEqual(pairs.first?.firstShare, 1)
        XCTAssertEqual(pairs.first?.regions, [SimilarityCheck.Region(first: 2...12, second: 2...12)])
    }

    func testPagesEscapeWhatStudentsWrote() {
        var report = SimilarityReport(exercises: ["exercise-1"], pairs: [], sources: ["exercise-1": ["<b>": "let a = \"<script>\"", "=x": "b"]], counts: ["exercise-1": 2])
        report.pairs = [SimilarityCheck.Pair(exercise: "exercise-1", first: "<b>", second: "=x", shared: 3, firstShare: 0.5, secondShare: 1,
                                             regions: [SimilarityCheck.Region(first: 1...1, second: 1...1)])]
        let html = report.html(title: "T & U", shown: 5)
        XCTAssertFalse(html.contains("<script>") || html.contains("<b>"))
        XCTAssertTrue(html.contains("T &amp; U"))
        XCTAssertTrue(report.csv().contains("exercise-1,<b>,'=x,3,50%,100%,1-1:1-1"), report.csv())
    }
}
