// Plausible wrong answer: the timestamp becomes Int64? so a reading can lack one, as None would in Python; the optional needs a ninth byte, so the stride goes back to 24 and the property's type is no longer Int64.
struct SensorReading {
    var timestamp: Int64?
    var value: Int32
    var channel: UInt8
    var isValid: Bool

    init(isValid: Bool, timestamp: Int64, channel: UInt8, value: Int32) {
        self.timestamp = timestamp
        self.value = value
        self.channel = channel
        self.isValid = isValid
    }
}
