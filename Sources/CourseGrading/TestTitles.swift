/// Names a suite's author gives tests in words a method name cannot hold (an apostrophe, a comma):
/// the `///` doc comment right above `func test…` (or above a Swift Testing `@Test` without a display name).
/// Without one, the method name in plain words is shown.
///
///     /// a function that edits its own copy cannot change the caller's palette
///     func testAFunctionThatEditsItsOwnCopyCannotChangeTheCallersPalette() { … }
enum TestTitles {
    /// Method name → title, for every test method with a doc comment.
    static func parse(_ sources: [String]) -> [String: String] {
        var titles: [String: String] = [:]
        for source in sources {
            var doc: [String] = []
            for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("///") {
                    doc.append(text.dropFirst(3).trimmingCharacters(in: .whitespaces))
                    continue
                }
                if text.hasPrefix("@") { continue }  // an attribute between the comment and the method
                if let name = testMethod(text), !doc.isEmpty {
                    let title = doc.joined(separator: " ").trimmingCharacters(in: .whitespaces)
                    if !title.isEmpty { titles[name] = String(title.prefix(200)) }
                }
                doc = []
            }
        }
        return titles
    }

    /// The `///` lines above line `line` (1-based; attribute lines between are passed over), joined: the title
    /// of a Swift Testing `@Test` function that has no display name. Nil when there is none.
    static func docComment(_ lines: [Substring], above line: Int) -> String? {
        var doc: [String] = []
        var index = line - 2
        while index >= 0, index < lines.count {
            let text = lines[index].trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("///") {
                doc.insert(text.dropFirst(3).trimmingCharacters(in: .whitespaces), at: 0)
            } else if !(doc.isEmpty && text.hasPrefix("@")) {
                break
            }
            index -= 1
        }
        let title = doc.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : String(title.prefix(200))
    }

    /// `final func testX() {` (with any modifiers) → `testX`.
    static func testMethod(_ line: String) -> String? {
        guard let range = line.range(of: "func test") else { return nil }
        let before = line[..<range.lowerBound]
        guard before.split(separator: " ").allSatisfy({ SuiteScanner.modifiers.contains(String($0)) }) else { return nil }
        let name = line[line.index(range.lowerBound, offsetBy: 5)...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// `report` with each titled test's name replaced.
    static func apply(_ titles: [String: String], to report: GradeReport) -> GradeReport {
        guard !titles.isEmpty else { return report }
        var titled = report
        for index in titled.tests.indices {
            let method = titled.tests[index].id.split(separator: "/").last.map(String.init) ?? ""
            if let title = titles[method] { titled.tests[index].name = title }
        }
        return titled
    }
}
