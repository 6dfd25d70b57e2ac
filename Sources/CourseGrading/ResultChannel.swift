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
        /// One argument of a parameterized Swift Testing test, as the framework displays it.
        public var argument: String?
        /// Why a skipped test was skipped, when the framework says (Swift Testing's comment).
        public var skipReason: String?
        /// The name its output is marked with: the test, plus ` [argument]` for one argument of a parameterized test.
        public var outputKey: String { argument.map { "\(name) [\($0)]" } ?? name }
    }

    /// In the order the tests started.
    public var records: [Record] = []
    /// The harness began running tests.
    public var began = false
    /// The test run returned to the harness: every selected test has a verdict.
    public var done = false
    /// Swift Testing issues recorded outside any test, in plain words.
    public var outsideIssues: [String] = []
    /// Generated cases the harness ran (`generated` records), and their seconds.
    public var generatedCases = 0
    public var generatedSeconds = 0.0
    /// Lines that did not carry the nonce or did not parse (a learner's forgery, or damage).
    public var rejectedLines = 0

    /// The test (its output key) that started but never finished, if the run was cut short.
    public var unfinished: String? { unfinishedRecord?.outputKey }
    /// The record of that test: for a parameterized Swift Testing test, the argument it was running.
    public var unfinishedRecord: Record? { records.last(where: { $0.started && !$0.finished }) }

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
            let argument = object["argument"]
            let message = object["expectation"].map { ExpectationWords.sentence($0, details: object["details"] ?? "") }
            switch event {
            case "begin": channel.began = true
            case "done": channel.done = true
            case "start":
                channel.records.append(Record(name: name, started: true, argument: argument))
            case "fail":
                if let index = channel.records.lastIndex(where: { $0.name == name && $0.argument == argument }) {
                    channel.records[index].failures.append(message ?? object["message"] ?? "failed")
                }
            case "finish":
                if let index = channel.records.lastIndex(where: { $0.name == name && $0.argument == argument }) {
                    channel.records[index].finished = true
                    channel.records[index].passed = object["passed"] == "1"
                    channel.records[index].skipped = object["skipped"] == "1"
                    channel.records[index].skipReason = object["reason"]
                }
            case "generated":
                channel.generatedCases += Int(object["cases"] ?? "") ?? 0
                channel.generatedSeconds += Double(object["seconds"] ?? "") ?? 0
            case "outside":
                channel.outsideIssues.append(message ?? "an issue")
            default:
                channel.rejectedLines += 1
            }
        }
        return channel
    }
}
