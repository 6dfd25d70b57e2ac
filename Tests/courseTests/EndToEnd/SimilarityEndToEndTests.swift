import CourseTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `course similarity` on the real binary: disguised copies are found, and two independent solutions rank below all of them.
final class SimilarityEndToEndTests: EndToEndTestCase {
    static let original = """
        // exercise-2: a stack, with a few extras.
        struct Stack<Element> {
            private var items: [Element] = []

            mutating func push(_ item: Element) {
                items.append(item)
            }

            mutating func pop() -> Element? {
                guard !items.isEmpty else { return nil }
                let top = items[items.count - 1]
                items.removeLast()
                return top
            }

            var peek: Element? {
                return items.isEmpty ? nil : items[items.count - 1]
            }

            var count: Int { items.count }

            mutating func popAll() -> [Element] {
                var drained: [Element] = []
                while let next = pop() {
                    drained.append(next)
                }
                return drained
            }

            func contains(where matches: (Element) -> Bool) -> Bool {
                for index in stride(from: items.count - 1, through: 0, by: -1) {
                    if matches(items[index]) { return true }
                }
                return false
            }
        }
        """

    static let renamed = original
        .replacingOccurrences(of: "items", with: "storage").replacingOccurrences(of: "drained", with: "result")
        .replacingOccurrences(of: "next", with: "element").replacingOccurrences(of: "top", with: "last")
        .replacingOccurrences(of: "matches", with: "predicate").replacingOccurrences(of: "index", with: "i")

    static let reordered = """
        struct Stack<Element> {
            private var items: [Element] = []

            func contains(where matches: (Element) -> Bool) -> Bool {
                for index in stride(from: items.count - 1, through: 0, by: -1) {
                    if matches(items[index]) { return true }
                }
                return false
            }

            mutating func popAll() -> [Element] {
                var drained: [Element] = []
                while let next = pop() {
                    drained.append(next)
                }
                return drained
            }

            var count: Int { items.count }

            var peek: Element? {
                return items.isEmpty ? nil : items[items.count - 1]
            }

            mutating func pop() -> Element? {
                guard !items.isEmpty else { return nil }
                let top = items[items.count - 1]
                items.removeLast()
                return top
            }

            mutating func push(_ item: Element) {
                items.append(item)
            }
        }
        """

    static let reformatted = original.split(separator: "\n").map { line -> String in
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("//") ? "/* my own stack */" : "  " + trimmed + (trimmed.hasSuffix("{") ? "  // open" : "")
    }.joined(separator: "\n\n")

    static let independentA = """
        final class Node<T> { let value: T; let below: Node<T>?; init(_ value: T, _ below: Node<T>?) { self.value = value; self.below = below } }

        struct Stack<Element> {
            private var head: Node<Element>? = nil
            private(set) var count = 0

            mutating func push(_ item: Element) { head = Node(item, head); count += 1 }

            mutating func pop() -> Element? {
                if let node = head { head = node.below; count -= 1; return node.value }
                return nil
            }

            var peek: Element? { head?.value }
        }
        """

    static let independentB = """
        struct Stack<Element> {
            private var slots = [Element?](repeating: nil, count: 64)
            private var used = 0
            var count: Int { used }

            mutating func push(_ item: Element) {
                if used == slots.count { slots += [Element?](repeating: nil, count: slots.count) }
                slots[used] = item
                used += 1
            }

            mutating func pop() -> Element? {
                switch used {
                case 0: return nil
                default:
                    used -= 1
                    defer { slots[used] = nil }
                    return slots[used]
                }
            }

            var peek: Element? { used > 0 ? slots[used - 1] : nil }
        }
        """

    func testDisguisedCopiesRankAboveIndependentSolutions() throws {
        let course = try tinyCopy()
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        let files = ["orig": Self.original, "renamed": Self.renamed, "reordered": Self.reordered, "reformatted": Self.reformatted,
                     "indyA": Self.independentA, "indyB": Self.independentB]
        for (student, source) in files { try write(source, to: "\(student)/exercise-2.swift", in: submissions) }
        try write(try text("Exercises/exercise-2.swift", in: course), to: "starter/exercise-2.swift", in: submissions)
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("similarity")
        let run = try self.course("similarity", submissions.path, "--exercises", "2", "--out", out.path, in: course)
        assertStatus(run, 0)
        XCTAssertTrue(run.stdout.contains("not a verdict"), run.stdout)
        let rows = try text("similarity.csv", in: out).split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        func rank(_ a: String, _ b: String) -> Int? { rows.firstIndex { Set([$0[1], $0[2]]) == Set([a, b]) } }
        let copies = try ["renamed", "reordered", "reformatted"].map { try XCTUnwrap(rank("orig", $0), "orig and \($0) are not paired:\n\(rows)") }
        if let independent = rank("indyA", "indyB") {
            XCTAssertGreaterThan(independent, copies.max()!, "\(rows)")
            XCTAssertLessThan(Int(rows[independent][3])!, Int(rows[copies.max()!][3])!, "\(rows)")
        }
        // The starter itself shares nothing with anyone: the starter's code never counts.
        XCTAssertFalse(rows.contains { $0[1] == "starter" || $0[2] == "starter" }, "\(rows)")
        // The page parses, names the caution, and shows the top pair side by side with marked lines.
        let page = try text("similarity.html", in: out)
        let html = try XMLDocument(data: Data(page.utf8))
        XCTAssertFalse(try html.nodes(forXPath: "//*[@class='pair']//*[contains(@class, 'match')]").isEmpty)
        XCTAssertTrue(page.contains("evidence for a person to look at, not a verdict"))
        XCTAssertFalse(page.contains("<script"))
    }

    func testBadInputsAreRefused() throws {
        let course = try tinyCopy()
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        try write("x\n", to: "a/exercise-1.swift", in: submissions)
        let cases: [([String], Int32, String)] = [
            (["similarity"], 64, "name the folder of submissions"),
            (["similarity", submissions.path, "--top", "-1"], 64, "--top takes a whole number from 0 to 10000"),
            (["similarity", submissions.path, "--out", submissions.appendingPathComponent("o").path], 64, "inside the submissions folder"),
            (["similarity", submissions.appendingPathComponent("a/exercise-1.swift").path], 1, "is not a folder"),
        ]
        let help = try TestSupport.runCourse(["similarity", "--help"], in: course)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("Usage: course similarity <SUBMISSIONS>") && help.stdout.contains("not a verdict"), help.stdout)
        for (arguments, status, needle) in cases {
            let run = try TestSupport.runCourse(arguments, in: course)
            XCTAssertEqual(run.status, status, arguments.joined(separator: " "))
            XCTAssertTrue(run.stderr.contains(needle), "\(arguments): \(run.stderr)")
        }
    }
}
