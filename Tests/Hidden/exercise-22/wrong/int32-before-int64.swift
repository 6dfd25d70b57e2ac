// Plausible wrong answer: the fields are grouped "big ones first" but the Int32 goes before the Int64, which must then start at offset 8 after 4 bytes of padding; size 18, stride 24.
struct SensorReading {
    var value: Int32
    var timestamp: Int64
    var channel: UInt8
    var isValid: Bool

    init(isValid: Bool, timestamp: Int64, channel: UInt8, value: Int32) {
        self.timestamp = timestamp
        self.value = value
        self.channel = channel
        self.isValid = isValid
    }
}
