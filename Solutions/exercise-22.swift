// Exercise 22: reorder stored properties to shrink the stride
//
// A service keeps tens of millions of these readings in memory. Right now
// each one occupies 24 bytes in an array:
//   isValid   Bool   at offset 0, then 7 bytes of padding (Int64 wants 8-alignment)
//   timestamp Int64  at offset 8
//   channel   UInt8  at offset 16, then 3 bytes of padding (Int32 wants 4-alignment)
//   value     Int32  at offset 20           -> size 24, alignment 8, stride 24
//
// Reorder the stored properties so that MemoryLayout<SensorReading>.stride
// is 16 (the tests require stride 16, alignment 8). Keep all four properties
// with the same names and types, and keep this initializer working, with its
// arguments in THIS order (callers and the tests use it):
//   SensorReading(isValid:timestamp:channel:value:)
// Careful: the memberwise initializer Swift generates follows the order of
// the stored properties, so once you reorder them you must write this init
// by hand.
//
// The file compiles as it is; the stride test fails until you reorder.

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
    init(isValid: Bool, timestamp: Int64, channel: UInt8, value: Int32) {
        self.timestamp = timestamp
        self.value = value
        self.channel = channel
        self.isValid = isValid
    }
}
