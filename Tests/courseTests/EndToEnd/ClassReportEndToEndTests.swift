import CourseTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `course report` on the real binary: a synthetic class graded over the tiny course, every figure of the
/// report checked against gradebook.json and the journal, the page parsed and its bars counted.
final class ClassReportEndToEndTests: EndToEndTestCase {
    /// Eight students on exercises 1 and 2: full solutions, starters, a wrong peek (twice, same message), a wrong
    /// greeting, two compile errors with the same message, and one who handed nothing in.
    func gradedClass() throws -> (course: URL, out: URL) {
        let course = try tinyCopy()
        try write("""
            import XCTest

            final class StackPublicTests: XCTestCase {
                func testANewStackIsEmpty() {
                    XCTAssertEqual(Stack<Int>().count, 0, "a new stack holds nothing")
                }
            }
            """, to: "Tests/Hidden/exercise-2/public/StackPublicTests.swift", in: course)
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        let solution = { (id: String) in try self.text("Solutions/\(id).swift", in: course) }
        let starter = { (id: String) in try self.text("Exercises/\(id).swift", in: course) }
        for student in ["alice", "ann"] {
            for id in ["exercise-1", "exercise-2"] { try write(try solution(id), to: "\(student)/\(id).swift", in: submissions) }
        }
        for id in ["exercise-1", "exercise-2"] { try write(try starter(id), to: "bob/\(id).swift", in: submissions) }
        for student in ["carol", "cathy"] {
            try write(try solution("exercise-1"), to: "\(student)/exercise-1.swift", in: submissions)
            try write(try solution("exercise-2").replacingOccurrences(of: "return items.last", with: "return items.first"),
                      to: "\(student)/exercise-2.swift", in: submissions)
        }
        try write(try solution("exercise-1").replacingOccurrences(of: "!", with: "."), to: "dan/exercise-1.swift", in: submissions)
        for student in ["eve", "emil"] {
            try write(try solution("exercise-1").replacingOccurrences(of: "return", with: "retrun"), to: "\(student)/exercise-1.swift", in: submissions)
        }
        try write("notes\n", to: "zoe/exercise-1.txt", in: submissions)
        try write(try solution("exercise-2"), to: "zoe/exercise-2.swift", in: submissions)
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("grades")
        assertStatus(try self.course("grade", submissions.path, "--out", out.path, "--exercises", "1-2", "--sandbox", "auto", in: course), 0)
        return (course, out)
    }

    func testEveryFigureAgreesWithTheGradebook() throws {
        let (course, out) = try gradedClass()
        let run = try self.course("report", out.path, in: course)
        assertStatus(run, 0)
        XCTAssertTrue(run.stdout.contains("Class report:"), run.stdout)
        let book = try jsonObject(try text("gradebook.json", in: out))
        let report = try jsonObject(try text("report.json", in: out))
        let students = try XCTUnwrap(book["students"] as? [[String: Any]])
        XCTAssertEqual(report["students"] as? Int, students.count)
        let exercises = try XCTUnwrap(report["exercises"] as? [[String: Any]])
        XCTAssertEqual(exercises.map { $0["id"] as? String }, ["exercise-1", "exercise-2"])
        let html = try XMLDocument(data: Data(try text("report.html", in: out).utf8))
        for exercise in exercises {
            let id = try XCTUnwrap(exercise["id"] as? String)
            let cells = students.compactMap { ($0["exercises"] as? [String: Any])?[id] as? [String: Any] }
            let points = try XCTUnwrap(exercise["points"] as? Double)
            let scores = cells.map { $0["score"] as! Double }
            // The distribution, recomputed from the gradebook's scores.
            var bands = Array(repeating: 0, count: 6)
            for score in scores {
                let fraction = score / points
                bands[fraction <= 0 ? 0 : fraction >= 1 ? 5 : 1 + min(3, Int(fraction * 4))] += 1
            }
            XCTAssertEqual(exercise["distribution"] as? [Int], bands, id)
            XCTAssertEqual(exercise["students"] as? Int, cells.count, id)
            XCTAssertEqual(exercise["mean"] as! Double, ((scores.reduce(0, +) / Double(scores.count)) * 100).rounded() / 100, accuracy: 0.001, id)
            let outcomes = try XCTUnwrap(exercise["outcomes"] as? [String: Int])
            for outcome in ["passed", "failed", "error", "missing", "invalid"] {
                XCTAssertEqual(outcomes[outcome], cells.filter { $0["outcome"] as? String == outcome }.count, "\(id) \(outcome)")
            }
            let handedIn = cells.filter { !["missing", "invalid"].contains($0["outcome"] as? String) }
            XCTAssertEqual(exercise["submitted"] as? Int, handedIn.count, id)
            // Per test: the passes add up to the gradebook's tests_passed, the attempts to its tests.
            let tests = try XCTUnwrap(exercise["tests"] as? [[String: Any]])
            XCTAssertEqual(tests.map { $0["passed"] as! Int }.reduce(0, +), handedIn.map { $0["tests_passed"] as! Int }.reduce(0, +), id)
            XCTAssertEqual(tests.map { $0["attempted"] as! Int }.reduce(0, +), handedIn.map { $0["tests"] as! Int }.reduce(0, +), id)
            // Per test, against the journal itself: passes, attempts, and the discrimination recomputed from the
            // gradebook's totals (upper and lower 27% of those who handed it in, ties by name).
            let ranked = students.filter { row in ((row["exercises"] as? [String: Any])?[id] as? [String: Any]).map { !["missing", "invalid"].contains($0["outcome"] as? String) } == true }
                .sorted { (($0["total"] as! Double), $1["name"] as! String) > (($1["total"] as! Double), $0["name"] as! String) }.map { $0["name"] as! String }
            let group = max(1, Int((Double(ranked.count) * 0.27).rounded()))
            let journal = try journalTests(out, exercise: id)
            for test in tests {
                let testID = try XCTUnwrap(test["id"] as? String)
                let results = journal.compactMap { student, tests in tests[testID].map { (student, $0) } }
                XCTAssertEqual(test["attempted"] as? Int, results.count, testID)
                XCTAssertEqual(test["passed"] as? Int, results.filter(\.1).count, testID)
                func rate(_ names: ArraySlice<String>) -> Double { Double(names.filter { journal[$0]?[testID] == true }.count) / Double(names.count) }
                let expected = ((rate(ranked.prefix(group)) - rate(ranked.suffix(group))) * 100).rounded() / 100
                XCTAssertEqual(test["discrimination"] as? Double ?? .nan, expected, accuracy: 0.001, testID)
            }
            let sorted = scores.sorted()
            let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            XCTAssertEqual(exercise["median"] as! Double, (median * 100).rounded() / 100, accuracy: 0.001, id)
            // The page: one bar per band, with the counts; one bar per test, hidden or public.
            let columnBars = try html.nodes(forXPath: "//*[@id='distribution-\(id)']/*[local-name()='rect']")
            XCTAssertEqual(columnBars.count, 6, id)
            XCTAssertEqual(columnBars.compactMap { ($0 as? XMLElement)?.attribute(forName: "data-value")?.stringValue }.compactMap { Int($0) }, bands, id)
            let testBars = try html.nodes(forXPath: "//*[@id='tests-\(id)']/*[local-name()='rect'][contains(@class, 'bar')]")
            XCTAssertEqual(testBars.count, tests.count, id)
            for (bar, test) in zip(testBars, tests) {
                XCTAssertEqual((bar as? XMLElement)?.attribute(forName: "data-value")?.stringValue, "\(test["passed"]!) of \(test["attempted"]!)")
                XCTAssertTrue(((bar as? XMLElement)?.attribute(forName: "class")?.stringValue ?? "").hasSuffix((test["isPublic"] as! Bool) ? "public" : "hidden"))
            }
        }
        // exercise-2's peek fails for carol and cathy with one message; exercise-1's misspelling stops eve and emil alike.
        let two = exercises[1], one = exercises[0]
        let failures = try XCTUnwrap(two["failures"] as? [[String: Any]])
        XCTAssertTrue(failures.contains { Set($0["students"] as? [String] ?? []).isSuperset(of: ["carol", "cathy"]) }, "\(failures)")
        let error = try XCTUnwrap((one["compileErrors"] as? [[String: Any]])?.first)
        XCTAssertEqual(error["students"] as? [String], ["emil", "eve"])
        XCTAssertFalse((error["message"] as? String ?? "").contains("emil"), "one group, not one per student's path: \(error)")
        let publicTest = try XCTUnwrap((two["tests"] as? [[String: Any]])?.first { $0["isPublic"] as? Bool == true })
        XCTAssertEqual(publicTest["verdict"] as? String, "everyone passes")
        // No script, no network: nothing is fetched, nothing runs.
        let page = try text("report.html", in: out)
        XCTAssertFalse(page.contains("<script"))
        XCTAssertFalse(page.contains("http://") || page.contains("https://") || page.contains("src="))

        try checkInABrowser(out.appendingPathComponent("report.html"), bars: exercises.map { 6 + (($0["tests"] as? [Any])?.count ?? 0) }.reduce(0, +))

        // The same journal gives the same bytes.
        let first = try Data(contentsOf: out.appendingPathComponent("report.html"))
        assertStatus(try self.course("report", out.path, in: course), 0)
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("report.html")), first)
    }

    func testNoJournalSaysToGradeFirst() throws {
        let course = try tinyCopy()
        let empty = try TestSupport.temporaryFolder(self).appendingPathComponent("nothing")
        let run = try self.course("report", empty.path, in: course)
        assertStatus(run, 1)
        XCTAssertTrue(run.stderr.contains("Run 'course grade' first: course grade SUBMISSIONS --out \(empty.path)"), run.stderr)
        assertStatus(try self.course("report", "a", "b", in: course), 64)
        let help = try self.course("report", "--help", in: course)
        assertStatus(help, 0)
        XCTAssertTrue(help.stdout.contains("Exit status"), help.stdout)
    }

    /// Where a Chromium is installed: the page as the browser builds it has every bar, and renders to a picture.
    func checkInABrowser(_ page: URL, bars: Int) throws {
        guard let browser = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: FileManager.default.isExecutableFile) else {
            return  // no browser here: the XML parse above is the check
        }
        let scratch = try TestSupport.temporaryFolder(self)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(scratch.appendingPathComponent("profile").path)"]
        let dom = try TestSupport.runDetached(browser, flags + ["--dump-dom", page.absoluteString])
        XCTAssertEqual(dom.status, 0, dom.output)
        // The DOM the browser built (its messages on stderr are merged around it): every bar is there.
        let built = try XCTUnwrap(dom.output.range(of: "<html").flatMap { start in dom.output.range(of: "</html>").map { start.lowerBound..<$0.upperBound } })
        let markup = String(dom.output[built])
        XCTAssertEqual(markup.components(separatedBy: "<rect class=\"bar").count - 1, bars, markup)
        XCTAssertFalse(markup.contains("user-select"), "the text stays selectable")
        let picture = scratch.appendingPathComponent("report.png")
        let shot = try TestSupport.runDetached(browser, flags + ["--window-size=1000,1400", "--screenshot=\(picture.path)", page.absoluteString])
        XCTAssertEqual(shot.status, 0, shot.output)
        let png = try Data(contentsOf: picture)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG")
        XCTAssertGreaterThan(png.count, 20_000, "a page with charts, not a blank one")
    }

    /// Each student's test results for an exercise, read straight from the journal's files.
    func journalTests(_ out: URL, exercise: String) throws -> [String: [String: Bool]] {
        var found: [String: [String: Bool]] = [:]
        let journal = out.appendingPathComponent("journal")
        for folder in try FileManager.default.contentsOfDirectory(atPath: journal.path) {
            let file = journal.appendingPathComponent(folder).appendingPathComponent("\(exercise).json")
            guard let data = try? Data(contentsOf: file) else { continue }
            let entry = try jsonObject(String(decoding: data, as: UTF8.self))
            guard !["missing", "invalid"].contains(entry["outcome"] as? String) else { continue }
            let tests = entry["tests"] as? [[String: Any]] ?? []
            found[entry["student"] as! String] = Dictionary(tests.map { ($0["id"] as! String, $0["passed"] as! Bool) }, uniquingKeysWith: { first, _ in first })
        }
        return found
    }
}
