import XCTest

final class ParseTargetTests: XCTestCase {
    private func parsed(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> PerformanceTarget? {
        let result = parseTarget(text)
        XCTAssertNotNil(result, "\"\(text)\" is a well-formed target and should parse, but parseTarget returned nil", file: file, line: line)
        return result
    }

    func testTheArticlesExampleParsesIntoMicrosecondsPercentileAndRequestsPerSecond() {
        guard let t = parsed("sub-5ms P99 at 50K RPS") else { return }
        XCTAssertEqual(t.latencyMicroseconds, 5_000, accuracy: 1e-6,
                       "5ms is 5,000 microseconds (latency is stored in microseconds)")
        XCTAssertEqual(t.percentile, 99, accuracy: 1e-9, "P99 is the 99th percentile")
        XCTAssertEqual(t.requestsPerSecond, 50_000, "50K RPS is 50,000 requests per second: K multiplies by 1,000")
    }

    func testMicrosecondsAreNotMilliseconds() {
        for text in ["sub-800µs P99 at 20K RPS", "sub-800us P99 at 20K RPS", "sub-800\u{03BC}s P99 at 20K RPS"] {
            guard let t = parsed(text) else { continue }
            XCTAssertEqual(t.latencyMicroseconds, 800, accuracy: 1e-6,
                           "in \"\(text)\" the unit is microseconds, so the limit is 800 microseconds, not 800 milliseconds (800,000)")
        }
    }

    func testSecondsAreAMillionMicroseconds() {
        guard let t = parsed("sub-1.5s P50 at 200 RPS") else { return }
        XCTAssertEqual(t.latencyMicroseconds, 1_500_000, accuracy: 1e-3,
                       "1.5s is 1,500,000 microseconds; the unit s means seconds")
        XCTAssertEqual(t.percentile, 50, accuracy: 1e-9, "P50 is the median")
        XCTAssertEqual(t.requestsPerSecond, 200, "a load without suffix is taken as written: 200 RPS")
    }

    func testDecimalMillisecondsAndFractionalPercentiles() {
        guard let t = parsed("sub-2.5ms P99.9 at 10K RPS") else { return }
        XCTAssertEqual(t.latencyMicroseconds, 2_500, accuracy: 1e-6, "2.5ms is 2,500 microseconds")
        XCTAssertEqual(t.percentile, 99.9, accuracy: 1e-9, "P99.9 is the 99.9th percentile")
    }

    func testTheKAndMSuffixesMultiplyTheLoad() {
        let cases: [(String, Int)] = [
            ("sub-2ms P99 at 1.5M RPS", 1_500_000),
            ("sub-2ms P99 at 100k RPS", 100_000),
            ("sub-2ms P99 at 2.5K RPS", 2_500),
            ("sub-2ms P99 at 3m RPS", 3_000_000),
        ]
        for (text, expected) in cases {
            guard let t = parsed(text) else { continue }
            XCTAssertEqual(t.requestsPerSecond, expected,
                           "\"\(text)\": K means x 1,000 and M means x 1,000,000 (in either case), so the load is \(expected) RPS")
        }
    }

    func testTheSubPrefixIsOptionalAndWordsIgnoreCase() {
        guard let t = parsed("5ms p99 AT 50k rps") else { return }
        XCTAssertEqual(t, PerformanceTarget(latencyMicroseconds: 5_000, percentile: 99, requestsPerSecond: 50_000),
                       "without \"sub-\" and with words in other cases this is still 5ms at P99 and 50,000 RPS")
    }

    func testMalformedTargetsGiveNil() {
        let bad = [
            "",
            "faster",
            "sub-5 P99 at 50K RPS",          // no unit
            "sub-5ns P99 at 50K RPS",        // unknown unit
            "sub-5 ms P99 at 50K RPS",       // unit separated from the number
            "sub-5ms 99 at 50K RPS",         // percentile without P
            "sub-5ms P0 at 50K RPS",         // percentile out of range
            "sub-5ms P150 at 50K RPS",       // percentile out of range
            "sub-5ms P99 50K RPS",           // missing "at"
            "sub-5ms P99 at 50K",            // missing "RPS"
            "sub-5ms P99 at 50X RPS",        // unknown load suffix
            "sub-5ms P99 at 0 RPS",          // zero load
            "sub-0ms P99 at 50K RPS",        // zero latency
            "sub-5ms P99 at 1.2345K RPS",    // not a whole number of requests
            "sub-5ms P99 at 1.5 RPS",        // not a whole number of requests
            "sub-5ms P99 on 50K RPS",        // "on" instead of "at"
            "sub-5ms P99 at 50K QPS",        // "QPS" instead of "RPS"
            "sub-5ms P99 at 50K RPS now",    // a sixth part
            "sub5ms P99 at 50K RPS",         // "sub" without its dash
            "sub--5ms P99 at 50K RPS",       // negative latency
            "sub-5ms P99 at -50K RPS",       // negative load
            "sub-5ms P100.5 at 50K RPS",     // percentile out of range
            "sub-5ms P at 50K RPS",          // percentile without a number
            "sub-infms P99 at 50K RPS",      // an infinite latency is not a limit
            "sub-5ms P99 at 99999999999999999999M RPS", // too many requests for an Int
        ]
        for text in bad {
            XCTAssertNil(parseTarget(text), "\"\(text)\" is not a valid target (see the format in the lesson) and should give nil")
        }
    }

    func testATighterTargetHasASmallerLimit() {
        guard let strict = parsed("sub-250µs P99 at 50K RPS"), let loose = parsed("sub-5ms P99 at 50K RPS") else { return }
        XCTAssertLessThan(strict.latencyMicroseconds, loose.latencyMicroseconds,
                          "250 microseconds is a tighter limit than 5 milliseconds; comparing parsed targets must respect units")
    }

    func testALatencyBelowOneUnitIsStillPositive() {
        guard let t = parsed("sub-0.5ms P99 at 1K RPS") else { return }
        XCTAssertEqual(t.latencyMicroseconds, 500, accuracy: 1e-9,
                       "0.5ms is a positive latency, 500 microseconds: only zero or less is rejected")
    }

    func testALoadOfTwoToTheSixtyThirdIsTooLargeForAnInt() {
        XCTAssertNil(parseTarget("sub-5ms P99 at 9223372036854775808 RPS"),
                     "2**63 requests per second is one more than Int.max: it does not fit in an Int, so nil (and Int(_:) of it would trap)")
        XCTAssertNil(parseTarget("sub-5ms P99 at 9223372036854775.808K RPS"),
                     "9223372036854775.808K is 2**63 as well: too large for an Int, so nil")
    }

    func testThePercentileMayBeOneHundred() {
        guard let t = parsed("sub-20ms P100 at 1K RPS") else { return }
        XCTAssertEqual(t.percentile, 100, accuracy: 1e-9,
                       "P100 (the slowest request) is allowed: the percentile is greater than 0 and AT MOST 100")
        guard let tiny = parsed("sub-20ms P0.1 at 1K RPS") else { return }
        XCTAssertEqual(tiny.percentile, 0.1, accuracy: 1e-9, "P0.1 is greater than 0, so it is allowed")
    }

    func testTheWordsIgnoreCaseInEverySpelling() {
        let expected = PerformanceTarget(latencyMicroseconds: 2_000, percentile: 99, requestsPerSecond: 1_000)
        for text in ["SUB-2ms P99 at 1K RPS", "Sub-2ms p99 At 1k Rps", "sub-2ms P99 AT 1K rps"] {
            guard let t = parsed(text) else { continue }
            XCTAssertEqual(t, expected, "\"\(text)\": sub, P, at, K and RPS may be written in any case; this is 2ms at P99 and 1,000 RPS")
        }
    }

    func testTheLatencyUnitsAreCaseSensitive() {
        for text in ["sub-5MS P99 at 50K RPS", "sub-5Ms P99 at 50K RPS", "sub-5mS P99 at 50K RPS",
                     "sub-2S P99 at 50K RPS", "sub-800US P99 at 50K RPS", "sub-800Us P99 at 50K RPS"] {
            XCTAssertNil(parseTarget(text),
                         "\"\(text)\": the latency units are written exactly ms, µs, μs, us or s; MS could as well mean megaseconds, so a unit in another case must give nil (do not lowercase the whole string)")
        }
    }

    func testNumbersUseADecimalPointWhateverTheMachinesLocale() {
        guard let t = parsed("sub-1.5ms P99.9 at 2.5K RPS") else { return }
        XCTAssertEqual(t.latencyMicroseconds, 1_500, accuracy: 1e-6,
                       "1.5ms is 1,500 microseconds on every machine: parse with Double(_:), which always reads a dot as the decimal point, not with a formatter that follows the machine's locale")
        XCTAssertEqual(t.percentile, 99.9, accuracy: 1e-9, "P99.9 is 99.9 on every machine")
        XCTAssertEqual(t.requestsPerSecond, 2_500, "2.5K is 2,500 on every machine")
        for text in ["sub-1,5ms P99 at 50K RPS", "sub-5ms P99,9 at 50K RPS", "sub-5ms P99 at 2,5K RPS", "sub-5ms P99 at 50,000 RPS"] {
            XCTAssertNil(parseTarget(text),
                         "\"\(text)\": a comma is neither a decimal point nor allowed as a thousands separator in a target, so this gives nil on every machine, whatever its locale")
        }
    }
}
