import CourseModel
import Foundation

/// What the harness reported on its result channel, keeping only records that carry the run's nonce.
public struct ResultChannel: Equatable {
    /// One test's record, as far as the harness got with it.
    public struct Record: Equatable {
        public var name: String
        public var started = false
        public var finished = false
        public var passed = false
        public var skipped = false
        public var failures: [String] = []
    }

    /// In the order the tests started.
    public var records: [Record] = []
    /// The harness began running tests.
    public var began = false
    /// The test run returned to the harness: every selected test has a verdict.
    public var done = false
    /// Lines that did not carry the nonce or did not parse (a learner's forgery, or damage).
    public var rejectedLines = 0

    /// The test that started but never finished, if the run was cut short.
    public var unfinished: String? { records.last(where: { $0.started && !$0.finished })?.name }

    /// Parses JSON lines; never throws, whatever the bytes.
    public static func parse(_ bytes: [UInt8], nonce: String) -> ResultChannel {
        var channel = ResultChannel()
        for line in bytes.split(separator: 10) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: String],
                  object["nonce"] == nonce, let event = object["event"] else {
                channel.rejectedLines += 1
                continue
            }
            let name = object["test"] ?? ""
            switch event {
            case "begin": channel.began = true
            case "done": channel.done = true
            case "start":
                channel.records.append(Record(name: name, started: true))
            case "fail":
                if let index = channel.records.lastIndex(where: { $0.name == name }) {
                    channel.records[index].failures.append(object["message"] ?? "failed")
                }
            case "finish":
                if let index = channel.records.lastIndex(where: { $0.name == name }) {
                    channel.records[index].finished = true
                    channel.records[index].passed = object["passed"] == "1"
                    channel.records[index].skipped = object["skipped"] == "1"
                }
            default:
                channel.rejectedLines += 1
            }
        }
        return channel
    }
}
