// Plausible wrong answer: the stored properties are tidied into alphabetical order (channel, isValid, timestamp, value), which still leaves 6 bytes of padding before the Int64: size 20, stride 24.
struct SensorReading {
    var channel: UInt8
    var isValid: Bool
    var timestamp: Int64
    var value: Int32

    init(isValid: Bool, timestamp: Int64, channel: UInt8, value: Int32) {
        self.timestamp = timestamp
        self.value = value
        self.channel = channel
        self.isValid = isValid
    }
}
