// Blind spot: the hand-written init takes Int for timestamp, channel and value (and narrows them), so it compiles for the suite's literal arguments but not for callers holding Int64/UInt8/Int32 values, and out-of-range Ints are silently wrapped.
// Exposed by: let ts: Int64 = 1; let ch: UInt8 = 2; let v: Int32 = 3; SensorReading(isValid: true, timestamp: ts, channel: ch, value: v)
// compiles with the reference and fails to compile with this ("cannot convert value of type 'Int64' to expected argument type 'Int'").
// Exercise 22: reorder stored properties to shrink the stride (blind-spot wrong answer).

/// One sample from a sensor. Stored properties are ordered by alignment,
/// largest first, so no padding is needed between them:
/// timestamp @0 (8), value @8 (4), channel @12 (1), isValid @13 (1):
/// size 14, alignment 8, stride 16 (it was 24).
struct SensorReading {
    var timestamp: Int64
    var value: Int32
    var channel: UInt8
    var isValid: Bool

    /// Written by hand: the memberwise initializer would follow the new
    /// property order and break every caller.
    /// Takes plain Ints so that callers need no conversions.
    init(isValid: Bool, timestamp: Int, channel: Int, value: Int) {
        self.timestamp = Int64(timestamp)
        self.value = Int32(truncatingIfNeeded: value)
        self.channel = UInt8(truncatingIfNeeded: channel)
        self.isValid = isValid
    }
}
