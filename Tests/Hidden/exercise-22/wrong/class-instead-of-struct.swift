// Plausible wrong answer: the struct becomes a class, as every record is in Python, so an array stores 8-byte references and each reading lives in its own heap object with a 16-byte header on top of its fields: the array's stride is 8, not the 16 the exercise asks for.
final class SensorReading {
    var timestamp: Int64
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
