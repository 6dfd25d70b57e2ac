import Testing

/// One text `parseTarget` must refuse, and why.
struct Malformed: Sendable, CustomTestStringConvertible {
    var text: String
    var why: Comment
    init(_ text: String, _ why: Comment) {
        self.text = text
        self.why = why
    }
    var testDescription: String { text.debugDescription }
}

/// Parses a well-formed target, recording an issue (and returning nil) when it does not parse.
func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> PerformanceTarget? {
    let result = parseTarget(text)
    #expect(result != nil, "\"\(text)\" is a well-formed target and should parse, but parseTarget returned nil",
            sourceLocation: sourceLocation)
    return result
}

/// How far a parsed number may be from the exact one (a parser may compute 1.5ms as 1.5 / 0.001).
func distance(_ value: Double, _ exact: Double) -> Double { abs(value - exact) }

@Suite struct ParseTargetTests {
    @Test func theArticlesExampleParsesIntoMicrosecondsPercentileAndRequestsPerSecond() {
        guard let t = parsed("sub-5ms P99 at 50K RPS") else { return }
        #expect(distance(t.latencyMicroseconds, 5_000) <= 1e-6, "5ms is 5,000 microseconds (latency is stored in microseconds)")
        #expect(distance(t.percentile, 99) <= 1e-9, "P99 is the 99th percentile")
        #expect(t.requestsPerSecond == 50_000, "50K RPS is 50,000 requests per second: K multiplies by 1,000")
    }

    @Test("microseconds are not milliseconds", arguments: ["sub-800µs P99 at 20K RPS", "sub-800us P99 at 20K RPS", "sub-800\u{03BC}s P99 at 20K RPS"])
    func microsecondsAreNotMilliseconds(_ text: String) {
        guard let t = parsed(text) else { return }
        #expect(distance(t.latencyMicroseconds, 800) <= 1e-6,
                "in \"\(text)\" the unit is microseconds, so the limit is 800 microseconds, not 800 milliseconds (800,000)")
    }

    @Test func secondsAreAMillionMicroseconds() {
        guard let t = parsed("sub-1.5s P50 at 200 RPS") else { return }
        #expect(distance(t.latencyMicroseconds, 1_500_000) <= 1e-3, "1.5s is 1,500,000 microseconds; the unit s means seconds")
        #expect(distance(t.percentile, 50) <= 1e-9, "P50 is the median")
        #expect(t.requestsPerSecond == 200, "a load without suffix is taken as written: 200 RPS")
    }

    @Test func decimalMillisecondsAndFractionalPercentiles() {
        guard let t = parsed("sub-2.5ms P99.9 at 10K RPS") else { return }
        #expect(distance(t.latencyMicroseconds, 2_500) <= 1e-6, "2.5ms is 2,500 microseconds")
        #expect(distance(t.percentile, 99.9) <= 1e-9, "P99.9 is the 99.9th percentile")
    }

    @Test("the K and M suffixes multiply the load", arguments: [
        ("sub-2ms P99 at 1.5M RPS", 1_500_000),
        ("sub-2ms P99 at 100k RPS", 100_000),
        ("sub-2ms P99 at 2.5K RPS", 2_500),
        ("sub-2ms P99 at 3m RPS", 3_000_000),
    ])
    func theKAndMSuffixesMultiplyTheLoad(_ text: String, _ expected: Int) {
        guard let t = parsed(text) else { return }
        #expect(t.requestsPerSecond == expected,
                "\"\(text)\": K means x 1,000 and M means x 1,000,000 (in either case), so the load is \(expected) RPS")
    }

    @Test func theSubPrefixIsOptionalAndWordsIgnoreCase() {
        guard let t = parsed("5ms p99 AT 50k rps") else { return }
        #expect(t == PerformanceTarget(latencyMicroseconds: 5_000, percentile: 99, requestsPerSecond: 50_000),
                "without \"sub-\" and with words in other cases this is still 5ms at P99 and 50,000 RPS")
    }

    @Test("malformed targets give nil", arguments: [
        Malformed("", "the empty string is not a target"),
        Malformed("faster", "\"faster\" is not a requirement"),
        Malformed("sub-5 P99 at 50K RPS", "the latency has no unit"),
        Malformed("sub-5ns P99 at 50K RPS", "ns is not one of the latency units"),
        Malformed("sub-5 ms P99 at 50K RPS", "the unit is separated from the number"),
        Malformed("sub-5ms 99 at 50K RPS", "the percentile has no P"),
        Malformed("sub-5ms P0 at 50K RPS", "the percentile must be greater than 0"),
        Malformed("sub-5ms P150 at 50K RPS", "the percentile must be at most 100"),
        Malformed("sub-5ms P99 50K RPS", "the word \"at\" is missing"),
        Malformed("sub-5ms P99 at 50K", "the word \"RPS\" is missing"),
        Malformed("sub-5ms P99 at 50X RPS", "X is not a load suffix"),
        Malformed("sub-5ms P99 at 0 RPS", "a load of zero is not a target"),
        Malformed("sub-0ms P99 at 50K RPS", "a latency of zero is not a limit"),
        Malformed("sub-5ms P99 at 1.2345K RPS", "1.2345K is not a whole number of requests"),
        Malformed("sub-5ms P99 at 1.5 RPS", "1.5 is not a whole number of requests"),
        Malformed("sub-5ms P99 on 50K RPS", "\"on\" is not \"at\""),
        Malformed("sub-5ms P99 at 50K QPS", "\"QPS\" is not \"RPS\""),
        Malformed("sub-5ms P99 at 50K RPS now", "a target has five parts, not six"),
        Malformed("sub5ms P99 at 50K RPS", "\"sub\" needs its dash"),
        Malformed("sub--5ms P99 at 50K RPS", "a negative latency is not a limit"),
        Malformed("sub-5ms P99 at -50K RPS", "a negative load is not a target"),
        Malformed("sub-5ms P100.5 at 50K RPS", "the percentile must be at most 100"),
        Malformed("sub-5ms P at 50K RPS", "the percentile has no number"),
        Malformed("sub-infms P99 at 50K RPS", "an infinite latency is not a limit"),
        Malformed("sub-5ms P99 at 99999999999999999999M RPS", "that many requests do not fit in an Int"),
    ])
    func malformedTargetsGiveNil(_ malformed: Malformed) {
        #expect(parseTarget(malformed.text) == nil,
                "\(malformed.why): \"\(malformed.text)\" is not a valid target (see the format in the lesson) and should give nil")
    }

    @Test func aTighterTargetHasASmallerLimit() {
        guard let strict = parsed("sub-250µs P99 at 50K RPS"), let loose = parsed("sub-5ms P99 at 50K RPS") else { return }
        #expect(strict.latencyMicroseconds < loose.latencyMicroseconds,
                "250 microseconds is a tighter limit than 5 milliseconds; comparing parsed targets must respect units")
    }

    @Test func aLatencyBelowOneUnitIsStillPositive() {
        guard let t = parsed("sub-0.5ms P99 at 1K RPS") else { return }
        #expect(distance(t.latencyMicroseconds, 500) <= 1e-9, "0.5ms is a positive latency, 500 microseconds: only zero or less is rejected")
    }

    @Test("a load of 2**63 is too large for an Int", arguments: [
        Malformed("sub-5ms P99 at 9223372036854775808 RPS",
                  "2**63 requests per second is one more than Int.max: it does not fit in an Int, so nil (and Int(_:) of it would trap)"),
        Malformed("sub-5ms P99 at 9223372036854775.808K RPS", "9223372036854775.808K is 2**63 as well: too large for an Int, so nil"),
    ])
    func aLoadOfTwoToTheSixtyThirdIsTooLargeForAnInt(_ malformed: Malformed) {
        #expect(parseTarget(malformed.text) == nil, malformed.why)
    }

    @Test func thePercentileMayBeOneHundred() {
        guard let t = parsed("sub-20ms P100 at 1K RPS") else { return }
        #expect(distance(t.percentile, 100) <= 1e-9,
                "P100 (the slowest request) is allowed: the percentile is greater than 0 and AT MOST 100")
        guard let tiny = parsed("sub-20ms P0.1 at 1K RPS") else { return }
        #expect(distance(tiny.percentile, 0.1) <= 1e-9, "P0.1 is greater than 0, so it is allowed")
    }

    @Test("the words ignore case in every spelling", arguments: ["SUB-2ms P99 at 1K RPS", "Sub-2ms p99 At 1k Rps", "sub-2ms P99 AT 1K rps"])
    func theWordsIgnoreCaseInEverySpelling(_ text: String) {
        guard let t = parsed(text) else { return }
        #expect(t == PerformanceTarget(latencyMicroseconds: 2_000, percentile: 99, requestsPerSecond: 1_000),
                "\"\(text)\": sub, P, at, K and RPS may be written in any case; this is 2ms at P99 and 1,000 RPS")
    }

    @Test("the latency units are case-sensitive", arguments: [
        "sub-5MS P99 at 50K RPS", "sub-5Ms P99 at 50K RPS", "sub-5mS P99 at 50K RPS",
        "sub-2S P99 at 50K RPS", "sub-800US P99 at 50K RPS", "sub-800Us P99 at 50K RPS",
    ])
    func theLatencyUnitsAreCaseSensitive(_ text: String) {
        #expect(parseTarget(text) == nil,
                "\"\(text)\": the latency units are written exactly ms, µs, μs, us or s; MS could as well mean megaseconds, so a unit in another case must give nil (do not lowercase the whole string)")
    }

    @Test func numbersUseADecimalPointWhateverTheMachinesLocale() {
        guard let t = parsed("sub-1.5ms P99.9 at 2.5K RPS") else { return }
        #expect(distance(t.latencyMicroseconds, 1_500) <= 1e-6,
                "1.5ms is 1,500 microseconds on every machine: parse with Double(_:), which always reads a dot as the decimal point, not with a formatter that follows the machine's locale")
        #expect(distance(t.percentile, 99.9) <= 1e-9, "P99.9 is 99.9 on every machine")
        #expect(t.requestsPerSecond == 2_500, "2.5K is 2,500 on every machine")
    }

    @Test("a comma is never part of a number", arguments: [
        "sub-1,5ms P99 at 50K RPS", "sub-5ms P99,9 at 50K RPS", "sub-5ms P99 at 2,5K RPS", "sub-5ms P99 at 50,000 RPS",
    ])
    func aCommaIsNeverPartOfANumber(_ text: String) {
        #expect(parseTarget(text) == nil,
                "\"\(text)\": a comma is neither a decimal point nor allowed as a thousands separator in a target, so this gives nil on every machine, whatever its locale")
    }
}
