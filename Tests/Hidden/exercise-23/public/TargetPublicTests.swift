import Testing

@Suite struct TargetPublicTests {
    /// Microseconds, a fractional percentile and the M suffix: "sub-250µs P99.9 at 1.5M RPS".
    @Test("microseconds and a load in millions") func microsecondsAndMillions() {
        #expect(parseTarget("sub-250µs P99.9 at 1.5M RPS") == PerformanceTarget(latencyMicroseconds: 250, percentile: 99.9, requestsPerSecond: 1_500_000),
                "250µs is 250 microseconds; 1.5M is 1,500,000 requests per second")
    }

    /// Seconds become microseconds, and "sub-" may be left out: "1.5s P50 at 800 RPS".
    @Test("seconds without sub-") func secondsWithoutSub() {
        #expect(parseTarget("1.5s P50 at 800 RPS") == PerformanceTarget(latencyMicroseconds: 1_500_000, percentile: 50, requestsPerSecond: 800),
                "1.5s is 1,500,000 microseconds; 800 has no suffix")
    }

    /// The five parts are all needed: without "RPS" the text is not a target.
    @Test("every part is needed") func everyPartIsNeeded() {
        #expect(parseTarget("sub-2ms P95 at 10K RPS") == PerformanceTarget(latencyMicroseconds: 2_000, percentile: 95, requestsPerSecond: 10_000),
                "the whole form parses: 2ms, P95, 10K")
        #expect(parseTarget("sub-2ms P95 at 10K") == nil, "\"RPS\" is missing")
    }
}
