import CourseHarness
@testable import Reference
import Foundation
import XCTest

/// The learner's exports as Python's ctypes sees them: looked up by C name in the learner's shared library
/// (COURSE_SHARED_LIBRARY) and called through the types the spec declares, whatever Swift signature they have.
private enum Library {
    typealias SumOfSquares = @convention(c) (UnsafePointer<Double>?, Int64) -> Double
    typealias MinMax = @convention(c) (UnsafePointer<Double>?, Int64, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Int32
    typealias CountWords = @convention(c) (UnsafePointer<CChar>?) -> Int64

    static let handle: UnsafeMutableRawPointer? = ProcessInfo.processInfo.environment["COURSE_SHARED_LIBRARY"]
        .flatMap { dlopen($0, RTLD_NOW | RTLD_LOCAL) }

    static func function<F>(_ name: String, as type: F.Type) -> F? {
        guard let handle, let symbol = dlsym(handle, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }

    /// The function, or a failure that says why it could not be found.
    static func require<F>(_ name: String, as type: F.Type, file: StaticString = #filePath, line: UInt = #line) -> F? {
        if let function = function(name, as: type) { return function }
        XCTFail(handle == nil ? "the checker could not load your shared library (COURSE_SHARED_LIBRARY): \(String(cString: dlerror()))"
                              : "your library exports no \(name): exported functions must be `public` and keep the exact C names",
                file: file, line: line)
        return nil
    }
}

/// Generated cases: the three exports, called in process through the learner's library as ctypes calls them, against the reference on inputs nobody wrote down
/// (±infinity, -0.0, huge and tiny magnitudes, long arrays, NULL pointers and n <= 0; every Unicode space,
/// the lookalikes that are not spaces, emoji, combining marks and long texts).
final class GeneratedHotPathTests: XCTestCase {
    /// Finite doubles, ±infinity, -0.0, subnormals and huge values; never NaN (the spec rules it out).
    static let values = Gen<Double>.frequency([
        (4, .finiteDouble),
        (1, Gen.element(of: [.infinity, -.infinity, -0.0, 0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e200, -1e200])),
    ])

    static func longArray(count: Int, start: Double) -> [Double] {
        (0..<count).map { (i: Int) -> Double in start + Double(i % 97) * 0.37 }
    }

    static let arrays = Gen<[Double]>.frequency([
        (4, values.array(maxCount: 30)),
        (1, Gen.element(of: [Double.infinity, -.infinity]).array(in: 1...4)),
        (1, Gen.hugeWithSmallSpread),
        (1, zip(Gen.int(in: 1000...20_000), Gen.double(in: -1e6...1e6)).map(GeneratedHotPathTests.longArray)),  // long, cheap to make
    ])

    /// course_sum_of_squares gives the reference's sum (within 1e-9, relative) for any array, n <= 0 and NULL.
    func testSumOfSquaresAgreesWithTheReference() {
        guard let learnerSumOfSquares = Library.require("course_sum_of_squares", as: Library.SumOfSquares.self) else { return }
        forAll(zip(Self.arrays, Gen.element(of: ["all", "all", "all", "n = 0", "n = -1", "NULL"])), cases: 120) { xs, how in
            let call = "course_sum_of_squares(\(how == "NULL" ? "NULL" : courseDescribe(xs)), \(how == "all" || how == "NULL" ? "\(xs.count)" : how.dropFirst(4)))"
            let n: Int64 = how == "n = 0" ? 0 : (how == "n = -1" ? -1 : Int64(xs.count))
            let (learner, reference) = xs.withUnsafeBufferPointer { buffer -> (Double, Double) in
                let pointer = how == "NULL" ? nil : buffer.baseAddress
                return (learnerSumOfSquares(pointer, n), Reference.course_sum_of_squares(values: pointer, count: n))
            }
            return courseSame(learner as Any, reference as Any, call, tolerance: 1e-9)
        }
    }

    /// course_min_max gives the reference's status, min and max for any array (all infinities, -0.0, the extremes
    /// first or last), and writes nothing through either pointer when n <= 0 or a pointer is NULL.
    func testMinMaxAgreesWithTheReferenceAndWritesNothingOnFailure() {
        guard let learnerMinMax = Library.require("course_min_max", as: Library.MinMax.self) else { return }
        let how = Gen.element(of: ["all", "all", "all", "all", "n = 0", "n = -1", "xs NULL", "min NULL", "max NULL"])
        forAll(zip(Self.arrays, how), cases: 150) { xs, how in
            let n: Int64 = how == "n = 0" ? 0 : (how == "n = -1" ? -1 : Int64(xs.count))
            func run(_ function: (UnsafePointer<Double>?, Int64, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Int32)
                -> (status: Int32, min: Double, max: Double) {
                var lo = 12345.0, hi = 12345.0
                let status = xs.withUnsafeBufferPointer { buffer in
                    withUnsafeMutablePointer(to: &lo) { lo in
                        withUnsafeMutablePointer(to: &hi) { hi in
                            function(how == "xs NULL" ? nil : buffer.baseAddress, n, how == "min NULL" ? nil : lo, how == "max NULL" ? nil : hi)
                        }
                    }
                }
                return (status, lo, hi)
            }
            let call = "course_min_max(\(how == "xs NULL" ? "NULL" : courseDescribe(xs)), \(n), \(how == "min NULL" ? "NULL" : "&min"), \(how == "max NULL" ? "NULL" : "&max")) with min and max set to 12345.0 before"
            return courseSame(run(learnerMinMax) as Any, run { Reference.course_min_max(values: $0, count: $1, minOut: $2, maxOut: $3) } as Any, call)
        }
    }

    /// Every code point Python's str.isspace() accepts, the lookalikes it does not, and anything else.
    static let wordText = Gen.string(of: Gen<Character>.frequency([
        (4, Gen.element(of: Array("ab zé1"))),
        (3, Gen.element(of: ([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
                             + Array(0x2000...0x200A)).map { Character(Unicode.Scalar($0)!) })),
        (1, Gen.element(of: ["\u{180E}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{301}", " \u{301}", "😀", "👨‍👩‍👧", "\r\n", "中"])),
        (1, .character),
    ]), maxCount: 400).map { String($0.unicodeScalars.filter { $0 != "\u{0}" }) }   // a C string ends at its NUL

    /// course_count_words gives the reference's count (Python's len(text.split())) for any UTF-8 text, and -1 for NULL.
    func testCountWordsAgreesWithTheReferenceOnAnyText() {
        guard let learnerCountWords = Library.require("course_count_words", as: Library.CountWords.self) else { return }
        forAll(Self.wordText.optional, cases: 150) { text in
            let call = "course_count_words(\(text.map { courseDescribe($0) } ?? "NULL"))"
            guard let text else {
                return courseSame(learnerCountWords(nil) as Any, Reference.course_count_words(text: nil) as Any, call)
            }
            let (learner, reference) = text.withCString { (learnerCountWords($0), Reference.course_count_words(text: $0)) }
            return courseSame(learner as Any, reference as Any, call)
        }
    }
}
