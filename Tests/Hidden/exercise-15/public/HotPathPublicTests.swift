import Foundation
import XCTest

/// The exports as Python's ctypes finds them: by C name in the shared library, called with the declared C types.
private enum SharedLibrary {
    static let handle: UnsafeMutableRawPointer? = ProcessInfo.processInfo.environment["COURSE_SHARED_LIBRARY"]
        .flatMap { dlopen($0, RTLD_NOW | RTLD_LOCAL) }

    static func function<F>(_ name: String, as type: F.Type) -> F? {
        guard let handle, let symbol = dlsym(handle, name) else {
            XCTFail("ctypes would not find \(name) in your library: exported functions must be `public` and keep the exact C names")
            return nil
        }
        return unsafeBitCast(symbol, to: type)
    }
}

final class HotPathPublicTests: XCTestCase {
    /// Python's ctypes gets 14 for the sum of squares of 1, 2 and 3.
    func testSumOfSquaresOfThreeValues() {
        typealias SumOfSquares = @convention(c) (UnsafePointer<Double>?, Int64) -> Double
        guard let sumOfSquares = SharedLibrary.function("course_sum_of_squares", as: SumOfSquares.self) else { return }
        let xs: [Double] = [1, 2, 3]
        XCTAssertEqual(xs.withUnsafeBufferPointer { sumOfSquares($0.baseAddress, 3) }, 14, "1 + 4 + 9 is 14")
    }

    /// min and max come back through the out-pointers, with status 0.
    func testMinMaxWritesBothEnds() {
        typealias MinMax = @convention(c) (UnsafePointer<Double>?, Int64, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Int32
        guard let minMax = SharedLibrary.function("course_min_max", as: MinMax.self) else { return }
        let xs: [Double] = [4, -2, 9, 0.5]
        var low = 0.0, high = 0.0
        let status = xs.withUnsafeBufferPointer { minMax($0.baseAddress, 4, &low, &high) }
        XCTAssertEqual(status, 0, "a non-empty input succeeds")
        XCTAssertEqual(low, -2, "the smallest of 4, -2, 9, 0.5")
        XCTAssertEqual(high, 9, "the largest of 4, -2, 9, 0.5")
    }

    /// Words are counted like Python's len(text.split()): "héllo  wörld\tça va\n" has 4.
    func testWordsAreCountedLikePythonsSplit() {
        typealias CountWords = @convention(c) (UnsafePointer<CChar>?) -> Int64
        guard let countWords = SharedLibrary.function("course_count_words", as: CountWords.self) else { return }
        XCTAssertEqual("héllo  wörld\tça va\n".withCString { countWords($0) }, 4, "runs of whitespace separate 4 words")
    }
}
