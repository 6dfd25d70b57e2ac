// Exercise 24: the dominant constraint
//
// Before "Python or Rust?" comes "what constrains this project most?".
// Write two functions.
//
// 1. checkTarget(_:against:) says what load-test measurements prove about a
//    target such as "sub-5ms P99 at 50K RPS". Latency only grows with load, so:
//    - only measurements at the target's percentile count (a P50 says
//      nothing about P99);
//    - a MISS is a measurement at the target load OR BELOW whose latency is
//      at or above the limit ("sub" means strictly below: exactly 5ms misses);
//    - a PASS is a measurement at the target load OR ABOVE whose latency is
//      strictly below the limit;
//    - any miss -> .missed; otherwise any pass -> .met; otherwise .unproven.
//    A fast run at a LOWER load proves nothing about the target.
//
// 2. choose(for:) names the dominant constraint and where it points. Apply
//    the rules in this order; the first that matches decides:
//    a. runs on a device or as WebAssembly          -> .memory,  .rust
//    b. a memory budget strictly under 85 MB         -> .memory,  .rust
//       (an idle Python worker took 70-85 MB in one article's measurement)
//    c. failure is catastrophic                      -> .reliability, .rust
//    d. there is a target, checked against the Python measurements:
//       .missed   -> .runtimePerformance, .rust
//       .unproven -> .runtimePerformance, .measureFirst
//       .met      -> go on to e.
//    e. otherwise                                    -> .developerTime, .python
//    `rustSpeedupInBenchmarks` is NOT a rule: raw speed alone decides nothing.

// This file compiles, but the two functions give fixed answers, so tests fail.

// ---- Given: keep these types as they are. ----

/// A latency goal at a given load (what exercise 23 parses).
struct PerformanceTarget: Equatable {
    var latencyMicroseconds: Double
    var percentile: Double
    var requestsPerSecond: Int
}

/// One load-test result: the latency at one percentile at one load.
struct Measurement: Equatable {
    var latencyMicroseconds: Double
    var percentile: Double
    var requestsPerSecond: Int
}

/// What a set of measurements says about a target.
enum TargetCheck: Equatable {
    case met, missed, unproven
}

/// The four constraints of lesson 12.
enum Constraint: Equatable {
    case developerTime, runtimePerformance, memory, reliability
}

/// Which way the dominant constraint points.
enum Verdict: Equatable {
    case python, rust, measureFirst
}

/// A project, described by the facts that can decide its dominant constraint.
struct Project {
    var summary: String
    var runsOnDeviceOrWasm: Bool = false
    var memoryBudgetMB: Int? = nil
    var failureIsCatastrophic: Bool = false
    var target: PerformanceTarget? = nil
    var pythonMeasurements: [Measurement] = []
    /// How many times faster Rust was in someone's benchmark of this kind of work.
    /// Raw speed on its own is not a constraint: `choose` must not look at it.
    var rustSpeedupInBenchmarks: Double = 1
}

struct Choice: Equatable {
    var constraint: Constraint
    var verdict: Verdict
}

// ---- Yours: ----

func checkTarget(_ target: PerformanceTarget, against measurements: [Measurement]) -> TargetCheck {
    return .unproven
}

func choose(for project: Project) -> Choice {
    return Choice(constraint: .developerTime, verdict: .python)
}
