import CourseModel

/// Splits a test program's output into what each test printed, using the harness's nonce-tagged markers.
enum TestOutput {
    static let maximumPerTest = Limits.standard.outputCharactersPerTest

    /// Test name (`Suite.testName`) → what it printed, without XCTest's own lines.
    static func split(_ bytes: [UInt8], nonce: String) -> [String: String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let marker = "\u{1E}\(nonce) "
        var result: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        func flush() {
            guard let name = current else { return }
            var body = lines.joined(separator: "\n")
            if body.count > maximumPerTest {
                body = String(body.prefix(maximumPerTest)) + "\n… (output cut at \(maximumPerTest) characters)"
            }
            result[name] = body
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let range = line.range(of: marker) {
                let prefix = line[..<range.lowerBound]
                if !prefix.isEmpty, current != nil { lines.append(prefix) }
                let rest = line[range.upperBound...]
                if rest.hasPrefix("start ") {
                    flush()
                    current = String(rest.dropFirst(6))
                    lines = []
                } else if rest.hasPrefix("finish ") {
                    flush()
                    current = nil
                    lines = []
                }
                continue
            }
            guard current != nil else { continue }
            if line.hasPrefix("Test Case '") || line.hasPrefix("Test Suite '") || line.hasPrefix("\t Executed") { continue }
            if line.contains(": error: "), line.contains(" : ") { continue }  // XCTest's own failure line
            lines.append(line)
        }
        flush()
        return result.mapValues { $0.trimmingTrailingNewlines() }
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
