import CourseModel
import Foundation

/// `course similarity`'s outputs for a class: per exercise the ranked pairs, as `similarity.csv` and as
/// `similarity.html` with the matching lines of the top pairs side by side.
public struct SimilarityReport: Sendable {
    public static let caution = "Similar code is evidence for a person to look at, not a verdict: students may share a textbook, "
        + "a lesson's example or a hint, and short exercises leave little room to differ. Read the matching code before drawing any conclusion."

    /// Pairs listed per exercise in the page (the CSV has them all).
    static let listed = 200

    public var exercises: [String]
    public var pairs: [SimilarityCheck.Pair]
    /// Each student's source, by exercise then student, for the side-by-side view.
    public var sources: [String: [String: String]]
    /// Submissions compared per exercise.
    public var counts: [String: Int]

    /// Reads each student's file of each exercise (regular files only; a missing one is skipped) and compares them.
    public static func make(roster: Roster, course: Course, exercises: [Exercise], workers: Int, minimum: Int = 1) -> SimilarityReport {
        var report = SimilarityReport(exercises: exercises.map(\.id), pairs: [], sources: [:], counts: [:])
        for exercise in exercises {
            var submissions: [SimilarityCheck.Submission] = []
            for student in roster.students where student.problem == nil {
                guard let data = RegularFile.contents(student.file(for: exercise.id).path, limit: Limits.standard.submissionBytes) else { continue }
                submissions.append(.init(student: student.name, source: String(decoding: data, as: UTF8.self)))
            }
            let check = SimilarityCheck(exercise: exercise.id, submissions: submissions, given: given(exercise, in: course))
            report.pairs += check.pairs(minimum: minimum, workers: workers)
            report.counts[exercise.id] = submissions.count
            report.sources[exercise.id] = Dictionary(submissions.map { ($0.student, $0.source) }, uniquingKeysWith: { first, _ in first })
        }
        return report
    }

    /// What every student was given: the starter and the public examples (tests shipped to learners).
    static func given(_ exercise: Exercise, in course: Course) -> [String] {
        var files = [course.root.appendingPathComponent(Layout.starter(exercise.id)).path]
        let publicFolder = course.root.appendingPathComponent(Layout.publicTests(exercise.id))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: publicFolder.path)) ?? []
        files += names.sorted().filter { $0.hasSuffix(".swift") }.map { publicFolder.appendingPathComponent($0).path }
        return files.compactMap { RegularFile.contents($0, limit: Limits.standard.submissionBytes) }.map { String(decoding: $0, as: UTF8.self) }
    }

    public func csv() -> String {
        var lines = ["exercise,first,second,shared_fingerprints,first_share,second_share,matching_lines"]
        for pair in pairs {
            let regions = pair.regions.map { "\($0.first.lowerBound)-\($0.first.upperBound):\($0.second.lowerBound)-\($0.second.upperBound)" }
            lines.append([pair.exercise, pair.first, pair.second, "\(pair.shared)", percent(pair.firstShare), percent(pair.secondShare),
                          regions.joined(separator: " ")].map(Gradebook.cell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// The page: the caution first, then per exercise the ranked pairs and, for the first `shown`, the two files
    /// side by side with the matching lines marked.
    public func html(title: String, shown: Int) -> String {
        typealias H = ReportHTML
        var body = "<h1>Similarity: \(H.escape(title))</h1>\n<p class=\"warn\">\(H.escape(SimilarityReport.caution))</p>\n"
        body += "<p class=\"note\">Winnowed fingerprints of each file's tokens (names, numbers and strings made alike; comments and layout ignored), "
            + "without the starter's code and the public examples. A pair is ranked by the fingerprints it shares.</p>\n"
        for exercise in exercises {
            let own = pairs.filter { $0.exercise == exercise }
            body += "<section class=\"exercise\" id=\"\(H.escape(exercise))\">\n<h2>\(H.escape(exercise))</h2>\n"
            body += "<p>\(counts[exercise] ?? 0) submissions compared; \(own.count) pair\(own.count == 1 ? "" : "s") share fingerprints.</p>\n"
            guard !own.isEmpty else { body += "</section>\n"; continue }
            body += "<table class=\"pairs\"><tr><th>#</th><th>first</th><th>second</th><th>shared</th><th>of first</th><th>of second</th></tr>\n"
            for (rank, pair) in own.prefix(SimilarityReport.listed).enumerated() {
                let name = rank < shown ? "<a href=\"#\(H.escape(anchor(pair)))\">\(rank + 1)</a>" : "\(rank + 1)"
                body += "<tr><td class=\"n\">\(name)</td><td>\(H.escape(pair.first))</td><td>\(H.escape(pair.second))</td><td class=\"n\">\(pair.shared)</td>"
                    + "<td class=\"n\">\(percent(pair.firstShare))</td><td class=\"n\">\(percent(pair.secondShare))</td></tr>\n"
            }
            body += "</table>\n"
            if own.count > SimilarityReport.listed {
                body += "<p class=\"note\">The first \(SimilarityReport.listed) pairs; similarity.csv lists all \(own.count).</p>\n"
            }
            for pair in own.prefix(shown) { body += sideBySide(pair) }
            body += "</section>\n"
        }
        return H.page(title: "Similarity: \(title)", body: body)
    }

    func anchor(_ pair: SimilarityCheck.Pair) -> String { "\(pair.exercise)--\(pair.first)--\(pair.second)" }

    func sideBySide(_ pair: SimilarityCheck.Pair) -> String {
        typealias H = ReportHTML
        let first = sources[pair.exercise]?[pair.first] ?? "", second = sources[pair.exercise]?[pair.second] ?? ""
        var html = "<div class=\"pair\" id=\"\(H.escape(anchor(pair)))\">\n<h3>\(H.escape(pair.first)) and \(H.escape(pair.second)): \(pair.shared) shared fingerprints</h3>\n"
        html += "<table><tr><th class=\"side\">\(H.escape(pair.first))</th><th class=\"side\">\(H.escape(pair.second))</th></tr>\n"
        html += "<tr><td><pre>\(marked(first, pair.regions.map(\.first)))</pre></td><td><pre>\(marked(second, pair.regions.map(\.second)))</pre></td></tr></table>\n"
        return html + "</div>\n"
    }

    /// The file's lines, numbered, the ones in a region marked; the n-th region has the same colour on both sides.
    func marked(_ source: String, _ regions: [ClosedRange<Int>]) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            let number = index + 1
            let text = String(format: "%3d  ", number) + ReportHTML.escape(String(line))
            guard let region = regions.firstIndex(where: { $0.contains(number) }) else { return text }
            return "<span class=\"match r\(region % 4)\" title=\"match \(region + 1)\">\(text)</span>"
        }.joined(separator: "\n")
    }
}
