import CourseGrading
import CourseModel
import CourseTestSupport
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The toolchain's real sourcekit-lsp, opened on a course's root the way an editor opens it (the tool's
/// `Package.swift` there too), finds `Exercises/compile_commands.json` through `.sourcekit-lsp/config.json`:
/// an error put into an exercise file is reported, and the exercise's C module and Swift helper resolve.
final class SourceKitLSPTests: XCTestCase {
    func testAnExerciseFileGetsItsDiagnosticsWithItsSupportModules() throws {
        let swiftc = try XCTUnwrap(try? Toolchain.locate(environment: ProcessInfo.processInfo.environment).swiftc)
        let server = URL(fileURLWithPath: swiftc).deletingLastPathComponent().appendingPathComponent("sourcekit-lsp")
        guard FileManager.default.isExecutableFile(atPath: server.path) else { throw XCTSkip("no sourcekit-lsp beside \(swiftc)") }

        let root = try TestSupport.pristineCopy(of: TestSupport.tinyCourse, self)
        for name in ["Package.swift", ".sourcekit-lsp"] {
            try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        // exercise-3 calls its C module; a Swift helper joins its support folder.
        try Data("let courseBound: Int32 = 10\n".utf8).write(to: root.appendingPathComponent("Tests/Hidden/exercise-3/support/Bounds.swift"))
        let run = try TestSupport.runCourse(["next", "--no-pager"], in: root)
        XCTAssertEqual(run.status, 0, run.stderr)
        let file = root.appendingPathComponent("Exercises/exercise-3.swift")
        let text = """
            import CClamp

            func clamped(_ value: Int, to range: ClosedRange<Int>) -> Int {
                let injected: Int = "not a number"
                return Int(clamp_int(Int32(value), courseBound, Int32(range.upperBound)))
            }

            """
        try Data(text.utf8).write(to: file)

        let lsp = try LSPConnection(server: server.path, folder: root)
        defer { lsp.stop() }
        let deadline = Date().addingTimeInterval(60)
        // Background indexing off: the test needs the open file's diagnostics only.
        try lsp.request(1, "initialize", ["processId": Int(getpid()), "rootUri": root.absoluteString, "capabilities": [String: Any](),
                                          "initializationOptions": ["backgroundIndexing": false],
                                          "workspaceFolders": [["uri": root.absoluteString, "name": "course"]]])
        _ = try lsp.response(to: 1, before: deadline)
        try lsp.notify("initialized", [String: Any]())
        try lsp.notify("textDocument/didOpen", ["textDocument": ["uri": file.absoluteString, "languageId": "swift", "version": 1, "text": text]])
        try lsp.request(2, "textDocument/diagnostic", ["textDocument": ["uri": file.absoluteString]])
        let result = try XCTUnwrap(try lsp.response(to: 2, before: deadline)["result"] as? [String: Any])
        let items = (result["items"] as? [[String: Any]]) ?? []
        let messages = items.map { "\((($0["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] ?? "?"): \($0["message"] ?? "")" }
        XCTAssertTrue(messages.contains("3: Cannot convert value of type 'String' to specified type 'Int'"), "\(messages)")
        XCTAssertEqual(messages.count, 1, "the C module and the helper resolve: \(messages)")
        XCTAssertFalse(lsp.logs.contains { $0.contains("SwiftPM") }, "the tool's package was opened: \(lsp.logs.prefix(5))")
    }
}

/// A language server over standard input and output: JSON-RPC messages with `Content-Length` headers.
final class LSPConnection {
    let process = Process()
    let input = Pipe(), output = Pipe()
    var buffer = Data()
    /// The server's `window/logMessage` texts, in order.
    var logs: [String] = []

    init(server: String, folder: URL) throws {
        process.executableURL = URL(fileURLWithPath: server)
        process.currentDirectoryURL = folder
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func send(_ message: [String: Any]) throws {
        var object = message
        object["jsonrpc"] = "2.0"
        let body = try JSONSerialization.data(withJSONObject: object)
        input.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    func request(_ id: Int, _ method: String, _ params: [String: Any]) throws { try send(["id": id, "method": method, "params": params]) }
    func notify(_ method: String, _ params: [String: Any]) throws { try send(["method": method, "params": params]) }

    /// Reads messages until the response to `id`; answers the server's own requests with null, keeps its logs.
    func response(to id: Int, before deadline: Date) throws -> [String: Any] {
        while true {
            let message = try next(before: deadline)
            if message["id"] as? Int == id, message["method"] == nil { return message }
            if let method = message["method"] as? String {
                if method == "window/logMessage", let text = (message["params"] as? [String: Any])?["message"] as? String { logs.append(text) }
                if let request = message["id"] { try send(["id": request, "result": NSNull()]) }
            }
        }
    }

    struct Timeout: Error {}

    func next(before deadline: Date) throws -> [String: Any] {
        let fd = output.fileHandleForReading.fileDescriptor
        while true {
            if let header = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let lines = String(decoding: buffer[..<header.lowerBound], as: UTF8.self).split(separator: "\r\n")
                let length = lines.compactMap { line -> Int? in
                    line.lowercased().hasPrefix("content-length:") ? Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) : nil
                }.first ?? 0
                if buffer.count - header.upperBound >= length {
                    let body = buffer[header.upperBound..<header.upperBound + length]
                    buffer = Data(buffer[(header.upperBound + length)...])
                    return (try JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:]
                }
            }
            let wait = deadline.timeIntervalSinceNow
            guard wait > 0 else { throw Timeout() }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Int32(min(wait, 1) * 1000)) >= 0 else { throw Timeout() }
            if descriptor.revents == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(fd, &chunk, chunk.count)
            guard count > 0 else { throw Timeout() }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// Asks the server to shut down and exit, and kills it if it has not within a few seconds.
    func stop() {
        try? send(["id": 99, "method": "shutdown"])
        _ = try? response(to: 99, before: Date().addingTimeInterval(5))
        try? send(["method": "exit"])
        try? input.fileHandleForWriting.close()
        let end = Date().addingTimeInterval(5)
        while process.isRunning, Date() < end { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
