import XCTest

final class TargetCheckTests: XCTestCase {
    // "sub-5ms P99 at 50K RPS"
    let target = PerformanceTarget(latencyMicroseconds: 5_000, percentile: 99, requestsPerSecond: 50_000)

    func testAPassAtTheTargetLoadMeetsTheTarget() {
        let runs = [Measurement(latencyMicroseconds: 4_200, percentile: 99, requestsPerSecond: 50_000)]
        XCTAssertEqual(checkTarget(target, against: runs), .met,
                       "P99 of 4.2ms measured at 50K RPS is under 5ms at the target load: the target is met")
    }

    func testAPassAtAHigherLoadAlsoMeetsTheTarget() {
        let runs = [Measurement(latencyMicroseconds: 4_800, percentile: 99, requestsPerSecond: 80_000)]
        XCTAssertEqual(checkTarget(target, against: runs), .met,
                       "latency only grows with load, so passing at 80K RPS proves the target at 50K RPS")
    }

    func testAPassAtALowerLoadProvesNothing() {
        let runs = [Measurement(latencyMicroseconds: 1_800, percentile: 99, requestsPerSecond: 20_000)]
        XCTAssertEqual(checkTarget(target, against: runs), .unproven,
                       "1.8ms at 20K RPS says nothing about 50K RPS: a pass counts only at the target load or above, so this is unproven")
    }

    func testAMissAtALowerLoadIsAMiss() {
        let runs = [Measurement(latencyMicroseconds: 24_100, percentile: 99, requestsPerSecond: 12_800)]
        XCTAssertEqual(checkTarget(target, against: runs), .missed,
                       "24.1ms at only 12.8K RPS already misses 5ms; at 50K RPS it can only be worse, so the target is missed")
    }

    func testAMissAtAHigherLoadProvesNothing() {
        let runs = [Measurement(latencyMicroseconds: 9_000, percentile: 99, requestsPerSecond: 120_000)]
        XCTAssertEqual(checkTarget(target, against: runs), .unproven,
                       "missing at 120K RPS does not show a miss at 50K RPS: a miss counts only at the target load or below")
    }

    func testAnEarlyPassDoesNotHideAMissAtTheTargetLoad() {
        let runs = [
            Measurement(latencyMicroseconds: 1_800, percentile: 99, requestsPerSecond: 20_000),
            Measurement(latencyMicroseconds: 7_000, percentile: 99, requestsPerSecond: 50_000),
        ]
        XCTAssertEqual(checkTarget(target, against: runs), .missed,
                       "the run at 50K RPS took 7ms at P99: the target is missed, whatever happened at 20K RPS")
    }

    func testOnlyTheTargetsPercentileCounts() {
        let runs = [Measurement(latencyMicroseconds: 2_000, percentile: 50, requestsPerSecond: 60_000)]
        XCTAssertEqual(checkTarget(target, against: runs), .unproven,
                       "a fast median (P50) says nothing about the P99 tail: measurements at another percentile do not count")
        XCTAssertEqual(checkTarget(target, against: []), .unproven,
                       "no measurements at all: the target is unproven")
    }

    func testSubMeansStrictlyBelowTheLimit() {
        let runs = [Measurement(latencyMicroseconds: 5_000, percentile: 99, requestsPerSecond: 50_000)]
        XCTAssertEqual(checkTarget(target, against: runs), .missed,
                       "exactly 5ms is not sub-5ms: a latency equal to the limit is a miss")
    }

    func testAMissCountsEvenWhenAnotherRunPassesInEitherOrder() {
        let pass = Measurement(latencyMicroseconds: 4_800, percentile: 99, requestsPerSecond: 80_000)
        let miss = Measurement(latencyMicroseconds: 6_000, percentile: 99, requestsPerSecond: 40_000)
        XCTAssertEqual(checkTarget(target, against: [pass, miss]), .missed,
                       "4.8ms at 80K RPS is a pass, but 6ms at only 40K RPS is a miss, and any miss makes the target missed, whichever run comes first")
        XCTAssertEqual(checkTarget(target, against: [miss, pass]), .missed,
                       "the same two runs in the other order: any miss still makes the target missed")
        let unproven = Measurement(latencyMicroseconds: 1_000, percentile: 99, requestsPerSecond: 10_000)
        XCTAssertEqual(checkTarget(target, against: [pass, unproven]), .met,
                       "a pass at 80K RPS and a run at 10K RPS that proves nothing: the pass decides, the target is met")
        XCTAssertEqual(checkTarget(target, against: [unproven, pass]), .met,
                       "the same two runs in the other order: still met")
    }

    func testALatencyExactlyAtTheLimitAboveTheTargetLoadProvesNothing() {
        let runs = [Measurement(latencyMicroseconds: 5_000, percentile: 99, requestsPerSecond: 80_000)]
        XCTAssertEqual(checkTarget(target, against: runs), .unproven,
                       "exactly 5ms is not sub-5ms, so it is no pass; and at 80K RPS, above the target load, it is no miss either: unproven")
    }

    func testAMissAtAHigherPercentileSaysNothingAboutTheTarget() {
        let runs = [Measurement(latencyMicroseconds: 6_000, percentile: 99.9, requestsPerSecond: 50_000)]
        XCTAssertEqual(checkTarget(target, against: runs), .unproven,
                       "a P99.9 of 6ms at 50K RPS does not show that the P99 is 5ms or more: only measurements at the target's percentile (99) count")
    }
}

final class DominantConstraintTests: XCTestCase {
    func testScenarioOneTheMVPIsBoundByDeveloperTimeWhateverTheBenchmarksSay() {
        XCTAssertEqual(Project(summary: "no benchmark yet").rustSpeedupInBenchmarks, 1,
                       "the given Project type says 1 (no claim) when nobody has benchmarked; keep the given types as they are")
        let mvp = Project(summary: "early-stage startup, 3 engineers, MVP in 8 weeks", rustSpeedupInBenchmarks: 14)
        XCTAssertEqual(choose(for: mvp), Choice(constraint: .developerTime, verdict: .python),
                       "an MVP with no memory, safety or latency requirement is bound by developer time; Rust being 14x faster in a benchmark is not a constraint")
    }

    func testScenarioTwoTheGatewayMissesItsTargetInPython() {
        let gateway = Project(
            summary: "API gateway, 500K requests per second",
            target: PerformanceTarget(latencyMicroseconds: 2_000, percentile: 99, requestsPerSecond: 500_000),
            pythonMeasurements: [Measurement(latencyMicroseconds: 24_100, percentile: 99, requestsPerSecond: 12_800)],
            rustSpeedupInBenchmarks: 14)
        XCTAssertEqual(choose(for: gateway), Choice(constraint: .runtimePerformance, verdict: .rust),
                       "Python's P99 is 24.1ms already at 12.8K RPS, far above 2ms: the target is missed, runtime performance dominates, and it points to Rust")
    }

    func testScenarioThreeTheDataPipelineStaysInPython() {
        let pipeline = Project(summary: "preprocessing ML training data with pandas", rustSpeedupInBenchmarks: 20)
        XCTAssertEqual(choose(for: pipeline), Choice(constraint: .developerTime, verdict: .python),
                       "a data pipeline with no latency, memory or safety requirement is bound by developer time, even if some Rust library is 20x faster")
    }

    func testScenarioFourEmbeddedAndWasmAreBoundByMemory() {
        let device = Project(summary: "firmware module compiled to WebAssembly", runsOnDeviceOrWasm: true)
        XCTAssertEqual(choose(for: device), Choice(constraint: .memory, verdict: .rust),
                       "code that runs on a device or as WebAssembly is bound by memory and runtime overhead: Rust")
    }

    func testScenarioFiveAServiceThatMeetsItsTargetStaysInPython() {
        var service = Project(
            summary: "mature company, slow Python microservice",
            target: PerformanceTarget(latencyMicroseconds: 50_000, percentile: 99, requestsPerSecond: 2_000),
            pythonMeasurements: [Measurement(latencyMicroseconds: 38_000, percentile: 99, requestsPerSecond: 2_500)],
            rustSpeedupInBenchmarks: 58)
        XCTAssertEqual(choose(for: service), Choice(constraint: .developerTime, verdict: .python),
                       "38ms at 2.5K RPS meets sub-50ms at 2K RPS: the service handles its traffic, so stop there and keep Python")
        service.pythonMeasurements = [Measurement(latencyMicroseconds: 30_000, percentile: 99, requestsPerSecond: 800)]
        XCTAssertEqual(choose(for: service), Choice(constraint: .runtimePerformance, verdict: .measureFirst),
                       "the only measurement is at 800 RPS, below the 2K RPS target: nothing is proven yet, so the answer is to measure first")
    }

    func testAMemoryBudgetUnderEightyFiveMegabytesIsTheDominantConstraint() {
        let small = Project(summary: "sidecar in a 64 MB container", memoryBudgetMB: 64)
        XCTAssertEqual(choose(for: small), Choice(constraint: .memory, verdict: .rust),
                       "a budget under 85 MB cannot hold an idle Python worker (70-85 MB): memory dominates")
        let justUnder = Project(summary: "worker with 84 MB", memoryBudgetMB: 84)
        XCTAssertEqual(choose(for: justUnder), Choice(constraint: .memory, verdict: .rust),
                       "84 MB is under 85 MB: memory dominates")
        let edge = Project(summary: "worker with 85 MB", memoryBudgetMB: 85)
        XCTAssertEqual(choose(for: edge), Choice(constraint: .developerTime, verdict: .python),
                       "the memory rule is strictly under 85 MB; 85 MB itself is not a memory constraint")
        let roomy = Project(summary: "worker with 512 MB", memoryBudgetMB: 512)
        XCTAssertEqual(choose(for: roomy), Choice(constraint: .developerTime, verdict: .python),
                       "512 MB is plenty for Python: memory is not the dominant constraint")
    }

    func testCatastrophicFailureMakesReliabilityDominant() {
        let ledger = Project(summary: "payment ledger", failureIsCatastrophic: true)
        XCTAssertEqual(choose(for: ledger), Choice(constraint: .reliability, verdict: .rust),
                       "when a crash or a memory bug has serious consequences, reliability dominates and points to Rust")
    }

    func testTheRulesApplyInTheLessonsOrder() {
        let met = PerformanceTarget(latencyMicroseconds: 50_000, percentile: 99, requestsPerSecond: 1_000)
        let fast = [Measurement(latencyMicroseconds: 10_000, percentile: 99, requestsPerSecond: 1_000)]
        let device = Project(summary: "on-device service", runsOnDeviceOrWasm: true, target: met, pythonMeasurements: fast)
        XCTAssertEqual(choose(for: device).constraint, .memory,
                       "the memory rules come first: a met latency target does not make an on-device project a Python project")
        let ledger = Project(summary: "ledger", failureIsCatastrophic: true, target: met, pythonMeasurements: fast)
        XCTAssertEqual(choose(for: ledger).constraint, .reliability,
                       "reliability comes before the latency target: a met target does not remove the safety requirement")
    }

    func testHardWallsComeBeforeAMissedLatencyTarget() {
        let missed = PerformanceTarget(latencyMicroseconds: 2_000, percentile: 99, requestsPerSecond: 100_000)
        let slow = [Measurement(latencyMicroseconds: 24_000, percentile: 99, requestsPerSecond: 10_000)]
        let ledger = Project(summary: "payment ledger under load", failureIsCatastrophic: true, target: missed, pythonMeasurements: slow)
        XCTAssertEqual(choose(for: ledger), Choice(constraint: .reliability, verdict: .rust),
                       "rule c (catastrophic failure) comes before rule d (the latency target): reliability dominates even though the target is missed")
        let sidecar = Project(summary: "sidecar in 64 MB", memoryBudgetMB: 64, target: missed, pythonMeasurements: slow)
        XCTAssertEqual(choose(for: sidecar), Choice(constraint: .memory, verdict: .rust),
                       "rule b (a budget under 85 MB) comes before rule d: memory dominates even though the target is missed")
        let small = Project(summary: "small safety-critical box", memoryBudgetMB: 64, failureIsCatastrophic: true)
        XCTAssertEqual(choose(for: small), Choice(constraint: .memory, verdict: .rust),
                       "rule b (memory) comes before rule c (reliability): the first rule that matches decides")
    }

    func testATargetWithoutMeasurementsMeansMeasureFirst() {
        let service = Project(
            summary: "new service with a latency target and no load test yet",
            target: PerformanceTarget(latencyMicroseconds: 5_000, percentile: 99, requestsPerSecond: 50_000),
            rustSpeedupInBenchmarks: 58)
        XCTAssertEqual(choose(for: service), Choice(constraint: .runtimePerformance, verdict: .measureFirst),
                       "a target with no Python measurement at all is unproven: measure before choosing, whatever a benchmark says about Rust")
    }
}
