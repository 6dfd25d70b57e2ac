// Exercise 23: read a performance target
//
// A decision checklist (lesson 12) says "faster" is not a requirement and
// "sub-5ms P99 at 50K RPS" is. A requirement you can type is a requirement a
// program can check. Write `parseTarget`, which turns strings like that into
// numbers in fixed units.
//
// The format (five parts separated by spaces):
//
//     [sub-]<latency><unit>  P<percentile>  at  <load>[K|M]  RPS
//
// - latency: a positive finite number, decimals allowed, optionally after "sub-";
//   the unit follows the number with no space and is one of
//   ms (milliseconds), µs or μs or us (microseconds), s (seconds).
//   Store it in MICROSECONDS: 5ms -> 5_000, 250µs -> 250, 1.5s -> 1_500_000.
// - percentile: "P" then a number greater than 0 and at most 100 (P99, P99.9).
// - "at" and "RPS" are literal words.
// - load: a positive number with an optional suffix K (x 1_000) or
//   M (x 1_000_000): 50K -> 50_000, 1.5M -> 1_500_000, 800 -> 800. The result
//   must be a whole number of requests per second that fits in an Int, judged
//   on the digits as written: 1.001K is 1_001 (although 1.001 * 1000 is
//   1000.9999999999999 in Double) and 1.0005K is not whole.
// - numbers are written with a dot for decimals and no thousands separators,
//   on every machine: "1,5ms" and "50,000" give nil whatever the locale.
//   (Double(_:) reads them this way; a formatter using the current locale
//   does not.)
// - "sub", "P", "at", "K", "M" and "RPS" may be in upper or lower case; the
//   latency units are written exactly as above.
//
// Anything else (a missing or unknown unit, a missing word, a percentile out
// of range, a zero latency or load, an extra part) gives nil.
//
// Careful: "ms" also ends in "s". And µ (micro sign) and μ (Greek mu) look
// the same but are different characters: accept both.

/// A latency goal at a given load, in fixed units.
struct PerformanceTarget: Equatable {
    /// The latency limit in microseconds.
    var latencyMicroseconds: Double
    /// Which percentile the limit applies to: 99 for P99, 99.9 for P99.9.
    var percentile: Double
    /// The load, in requests per second, at which the limit must hold.
    var requestsPerSecond: Int
}

/// Parses strings such as "sub-5ms P99 at 50K RPS"; nil when malformed.
func parseTarget(_ text: String) -> PerformanceTarget? {
    // Microseconds per unit; longer suffixes first so "ms" is not read as "s".
    let latencyUnits: [(suffix: String, microseconds: Double)] = [
        ("ms", 1_000), ("µs", 1), ("μs", 1), ("us", 1), ("s", 1_000_000),
    ]

    func parseLatency(_ token: String) -> Double? {
        var rest = Substring(token)
        if rest.lowercased().hasPrefix("sub-") { rest = rest.dropFirst(4) }
        for unit in latencyUnits where rest.hasSuffix(unit.suffix) {
            let number = rest.dropLast(unit.suffix.count)
            guard let value = Double(number), value.isFinite, value > 0 else { return nil }
            return value * unit.microseconds
        }
        return nil
    }

    func parsePercentile(_ token: String) -> Double? {
        guard token.lowercased().hasPrefix("p"),
              let value = Double(token.dropFirst()), value > 0, value <= 100
        else { return nil }
        return value
    }

    func parseLoad(_ token: String) -> Int? {
        var number = Substring(token)
        var multiplier = 1.0
        var zeros = 0
        switch number.last {
        case "K", "k": multiplier = 1_000; zeros = 3; number = number.dropLast()
        case "M", "m": multiplier = 1_000_000; zeros = 6; number = number.dropLast()
        default: break
        }
        // A plain decimal (digits and at most one dot) is judged on its digits: 1.001K is exactly 1001,
        // although 1.001 * 1000 is 1000.9999999999999 in Double.
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count <= 2, number.contains(where: { $0.isASCII && $0.isNumber }),
           number.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }) {
            var fraction = parts.count == 2 ? parts[1] : ""
            while fraction.last == "0" { fraction = fraction.dropLast() }
            guard fraction.count <= zeros else { return nil }  // not a whole number of requests
            let digits = String(parts[0]) + fraction + String(repeating: "0", count: zeros - fraction.count)
            guard let load = Int(digits), load > 0 else { return nil }  // Int(_:) gives nil past Int.max
            return load
        }
        guard let value = Double(number), value > 0 else { return nil }
        let load = value * multiplier
        guard load == load.rounded(), load < Double(Int.max) else { return nil }
        return Int(load)
    }

    let parts = text.split(separator: " ").map(String.init)
    guard parts.count == 5,
          parts[2].lowercased() == "at",
          parts[4].lowercased() == "rps",
          let latency = parseLatency(parts[0]),
          let percentile = parsePercentile(parts[1]),
          let load = parseLoad(parts[3])
    else { return nil }
    return PerformanceTarget(latencyMicroseconds: latency, percentile: percentile, requestsPerSecond: load)
}
