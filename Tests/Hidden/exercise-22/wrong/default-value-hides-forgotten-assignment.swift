// Blind spot: isValid got a default value (true) and the hand-written init never assigns the isValid argument; the compiler does not complain because of the default, and the suite only ever passes isValid: true.
// Exposed by: SensorReading(isValid: false, timestamp: 1, channel: 2, value: 3).isValid: the reference gives false, this gives true.
// Exercise 22: reorder stored properties to shrink the stride (blind-spot wrong answer).

/// One sample from a sensor. Stored properties are ordered by alignment,
/// largest first, so no padding is needed between them:
/// timestamp @0 (8), value @8 (4), channel @12 (1), isValid @13 (1):
/// size 14, alignment 8, stride 16 (it was 24).
struct SensorReading {
    var timestamp: Int64
    var value: Int32
    var channel: UInt8
    var isValid: Bool = true

    /// Written by hand: the memberwise initializer would follow the new
    /// property order and break every caller.
    init(isValid: Bool, timestamp: Int64, channel: UInt8, value: Int32) {
        self.timestamp = timestamp
        self.value = value
        self.channel = channel
    }
}
