import CourseHarness
@testable import Reference
import CDriver
import Foundation
import XCTest

/// Generated cases: slugify and the exported course_slugify / course_string_free against the reference on
/// titles nobody wrote down (decomposed accents, "\r\n", emoji, other scripts, embedded NUL for Swift
/// callers, long titles), and C holding many results at once and freeing them in another order.
final class GeneratedSlugTests: XCTestCase {
    /// Titles: any characters, decomposed letters (ASCII base + combining marks), ASCII punctuation runs, long ones.
    static let titles = Gen<String>.frequency([
        (4, .string),
        (2, Gen.string(of: Gen.element(of: Array("aZ09 -_.!\u{212A}é") + ["e\u{301}", "n\u{303}", "A\u{30A}", "\r\n", "1\u{FE0F}\u{20E3}", "🇫🇷", "日"]), maxCount: 40)),
        (1, zip(Gen.asciiString, Gen.int(in: 100...1500)).map { text, count in String(repeating: text.isEmpty ? "ab" : text, count: count / max(1, text.count)) }),
        (1, Gen.int(in: 200...2000).map { String(repeating: "a", count: $0) }),
    ])

    /// slugify gives the reference's slug for any title, byte by byte (a decomposed "e\u{301}" keeps its "e").
    func testSlugifyAgreesWithTheReferenceOnGeneratedTitles() {
        forAll(Self.titles, cases: 150) { title in
            courseSame(Submission.slugify(title) as Any, Reference.slugify(title) as Any, "slugify(\(courseDescribe(title)))")
        }
    }

    /// course_slugify, called from C, returns the reference's slug whole (any length) in its own malloc'd block
    /// with room for the NUL, and course_string_free takes it back.
    func testCourseSlugifyFromCReturnsTheWholeSlugInItsOwnBlock() {
        let cTitles = Self.titles.map { String($0.unicodeScalars.filter { $0 != "\u{0}" }) }   // a C string has no NUL inside
        forAll(cTitles, cases: 120) { title in
            let call = "course_slugify(\(courseDescribe(title)))"
            let expected = Reference.slugify(title)
            guard let result = title.withCString({ CDriver.course_slugify($0) }) else { return "\(call) returned NULL, expected \(courseDescribe(expected))" }
            let got = String(cString: result)
            CDriver.course_string_free(result)
            if let difference = courseSame(got as Any, expected as Any, call + ", read back with strlen") { return difference }
            let slack = title.withCString { driver_allocation_slack($0) }   // malloc_usable_size - (strlen + 1), from C
            return slack < 0 ? "\(call): the block has no room for the slug and its NUL (malloc_usable_size is \(-slack) byte(s) too small)" : nil
        }
    }

    /// C can hold several results at once (up to 12), read them all, and free them in another order than it got them.
    func testCHoldsManyResultsAtOnceAndFreesThemInAnyOrder() {
        let cTitles = Self.titles.map { String($0.unicodeScalars.filter { $0 != "\u{0}" }) }
        forAll(zip(cTitles.array(maxCount: 12), Gen.bool), cases: 60) { titles, reversed in
            let results = titles.map { title in title.withCString { CDriver.course_slugify($0) } }
            let order = reversed ? Array(results.indices.reversed()) : results.indices.filter { $0 % 2 == 1 } + results.indices.filter { $0 % 2 == 0 }
            defer { order.forEach { CDriver.course_string_free(results[$0]) } }
            let got = results.map { $0.map { String(cString: $0) } ?? "NULL" }
            return courseSame(got as Any, titles.map(Reference.slugify) as Any,
                              "the results of course_slugify for " + courseDescribe(titles) + ", all held at once")
        }
    }
}
