// Plausible wrong answer: moves the Int64 first, but leaves the Bool between the Int64 and the
// Int32, so 3 bytes of padding remain and the size is 17: stride stays 24.
struct SensorReading {
    var timestamp: Int64
    var isValid: Bool
    var value: Int32
    var channel: UInt8

    init(isValid: Bool, timestamp: Int64, channel: UInt8, value: Int32) {
        self.timestamp = timestamp
        self.isValid = isValid
        self.value = value
        self.channel = channel
    }
}
