// The Swift Testing half of the harness support module. `LinuxXCTestHarness.supportSource()` appends
// this file to `CourseHarness.swift`, so the two halves are one module and this half reuses that file's
// private channel (`courseEmit`, `courseMark`, `courseWanted`). Embedded into `course` as data, like it.
//
// Swift Testing is driven through its JSON event-stream ABI: `swt_abiv0_getEntryPoint` is looked up in
// libTesting.so itself (a handle opened with RTLD_NOLOAD, so the library the suite linked, never a
// same-named symbol elsewhere in the program), called with a JSON configuration (serial, no console
// output, a filter for isolated reruns), and every JSON record it hands back becomes a record on the
// result channel. Console text is never read. Looking the entry point up at run time keeps this module
// free of a link dependency on Testing, so XCTest-only programs do not load it.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

private typealias CourseTestingEntryPoint = @convention(thin) @Sendable (
    UnsafeRawBufferPointer?, @escaping @Sendable (UnsafeRawBufferPointer) -> Void
) async throws -> Bool

/// What the record handler remembers between records: which tests are parameterized, which keys saw a
/// failing issue, and how many cases each parameterized test ran. Records arrive one at a time
/// (the run is serial), but the lock keeps a stray record from another thread harmless.
private final class CourseTestingState: @unchecked Sendable {
    private let lock = NSLock()
    private var parameterized: Set<String> = []
    private var functions: [String] = []
    private var failed: Set<String> = []
    private var cases: [String: Int] = [:]
    let module: String

    init(module: String) { self.module = module }

    /// `Module.Suite/Inner/f(x:)/hidden/File.swift:3:4` → `Suite/Inner/f(x:)`; nil for a suite or the run.
    func name(_ testID: Any?) -> String? {
        guard let id = testID as? String, id.hasPrefix(module + ".") else { return nil }
        let parts = id.dropFirst(module.count + 1).split(separator: "/", omittingEmptySubsequences: false)
        guard let function = parts.firstIndex(where: { $0.hasSuffix(")") }) else { return nil }
        return parts[...function].joined(separator: "/")
    }

    /// The suite path of a suite's ID (`Module.Suite/Inner` → `Suite/Inner`).
    func suitePath(_ testID: Any?) -> String? {
        guard let id = testID as? String, id.hasPrefix(module + ".") else { return nil }
        return String(id.dropFirst(module.count + 1))
    }

    func handle(_ object: [String: Any]) {
        lock.lock()
        defer { lock.unlock() }
        guard let payload = object["payload"] as? [String: Any] else { return }
        if object["kind"] as? String == "test" {
            if payload["kind"] as? String == "function", let name = name(payload["id"]) {
                functions.append(name)
                if payload["isParameterized"] as? Bool == true { parameterized.insert(name) }
            }
            return
        }
        guard object["kind"] as? String == "event", let kind = payload["kind"] as? String else { return }
        let name = name(payload["testID"])
        let argument = ((payload["_testCase"] as? [String: Any])?["displayName"] as? String).map(courseOneLine)
        let comments = (payload["_comments"] as? [String]) ?? []
        switch kind {
        case "testStarted":
            guard let name else { return }
            start(name, argument: nil)
        case "testCaseStarted":
            guard let name else { return }
            cases[name, default: 0] += 1
            start(name, argument: argument)
        case "issueRecorded":
            let issue = payload["issue"] as? [String: Any] ?? [:]
            if issue["isKnown"] as? Bool == true { return }  // withKnownIssue: expected, does not fail the test
            if issue["isFailure"] as? Bool == false { return }  // a warning
            let messages = (payload["messages"] as? [[String: Any]]) ?? []
            let summary = messages.first.flatMap { $0["text"] as? String } ?? "Issue recorded"
            let details = messages.dropFirst().compactMap { message -> String? in
                guard let text = message["text"] as? String else { return nil }
                return message["symbol"] as? String == "difference" ? "difference: " + text : text
            }
            guard let name else {
                courseEmit(["event": "outside", "expectation": summary, "details": details.joined(separator: "\n")])
                return
            }
            failed.insert(key(name, argument))
            var fields = ["event": "fail", "test": name, "expectation": summary, "details": details.joined(separator: "\n")]
            if let argument { fields["argument"] = argument }
            courseEmit(fields)
        case "testCaseEnded":
            guard let name else { return }
            finish(name, argument: argument, passed: !failed.contains(key(name, argument)))
        case "testEnded":
            guard let name else { return }
            let ranCases = !parameterized.contains(name) || cases[name, default: 0] > 0
            finish(name, argument: nil, passed: ranCases && !failed.contains(key(name, nil)))
        case "testSkipped", "testCancelled", "testCaseCancelled":
            let reason = comments.first ?? (kind == "testSkipped" ? "disabled" : "cancelled")
            if let name {
                skip(name, argument: kind == "testCaseCancelled" ? argument : nil, reason: reason)
            } else if let suite = suitePath(payload["testID"]) {
                // A skipped suite skips every test inside it; each gets the skip as its verdict.
                for function in functions where function.hasPrefix(suite + "/") { skip(function, argument: nil, reason: reason) }
            }
        default:
            return
        }
    }

    private func key(_ name: String, _ argument: String?) -> String { argument.map { name + " [" + $0 + "]" } ?? name }

    private func start(_ name: String, argument: String?) {
        var fields = ["event": "start", "test": name]
        if let argument { fields["argument"] = argument }
        courseEmit(fields)
        courseMark("start", key(name, argument))
    }

    private func finish(_ name: String, argument: String?, passed: Bool) {
        courseMark("finish", key(name, argument))
        var fields = ["event": "finish", "test": name, "passed": passed ? "1" : "0", "skipped": "0"]
        if let argument { fields["argument"] = argument }
        courseEmit(fields)
    }

    private func skip(_ name: String, argument: String?, reason: String) {
        start(name, argument: argument)
        courseMark("finish", key(name, argument))
        var fields = ["event": "finish", "test": name, "passed": "0", "skipped": "1", "reason": courseOneLine(reason)]
        if let argument { fields["argument"] = argument }
        courseEmit(fields)
    }
}

/// Argument display names go into one-line markers and names.
private func courseOneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 }.prefix(200))
}

/// `Suite/f(x:)` → a regular expression that matches only that test's ID in `module`.
private func courseTestingFilter(_ name: String, module: String) -> String {
    let special = Set("\\^$.|?*+()[]{}")
    let escaped = (module + "." + name).map { special.contains($0) ? "\\\($0)" : String($0) }.joined()
    return "^" + escaped + "/"
}

/// Runs the selected Swift Testing tests through the ABI entry point; false when it cannot be found.
private func courseRunSwiftTesting(_ names: [String], module: String) async -> Bool {
    let wanted = courseWanted.isEmpty ? names : names.filter { courseWanted.contains($0) }
    if wanted.isEmpty { return true }
    guard let library = dlopen("libTesting.so", RTLD_NOW | RTLD_NOLOAD),
          let symbol = dlsym(library, "swt_abiv0_getEntryPoint") else { return false }
    let getEntryPoint = unsafeBitCast(symbol, to: (@convention(c) () -> UnsafeRawPointer).self)
    let entryPoint = unsafeBitCast(getEntryPoint(), to: CourseTestingEntryPoint.self)
    var configuration: [String: Any] = ["parallel": false, "eventStreamVersion": "0", "verbosity": Int.min]
    if !courseWanted.isEmpty { configuration["filter"] = wanted.map { courseTestingFilter($0, module: module) } }
    guard let json = try? JSONSerialization.data(withJSONObject: configuration) else { return false }
    let state = CourseTestingState(module: module)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: json.count, alignment: 1)
    defer { buffer.deallocate() }
    json.copyBytes(to: buffer.bindMemory(to: UInt8.self))
    do {
        _ = try await entryPoint(UnsafeRawBufferPointer(buffer)) { record in
            guard let object = try? JSONSerialization.jsonObject(with: Data(record)) as? [String: Any] else { return }
            state.handle(object)
        }
    } catch {
        return false
    }
    return true
}

/// Runs the XCTest entries (if any) and then the Swift Testing tests named `testing` (declared in
/// `module`), reports them on the channel, and exits 0: the channel carries the verdict. A selection
/// on the command line (`Class/method` or `Suite/f(x:)`) runs only those tests. On the main actor, so
/// XCTest runs on the main thread as it does under `courseRun`.
@MainActor
public func courseRunAll(_ entries: [XCTestCaseEntry], testing: [String], module: String) async -> Never {
    courseEmit(["event": "begin"])
    var status: CInt = 0
    if !entries.isEmpty {
        status = XCTMain(entries, arguments: [CommandLine.arguments[0]], observers: [CourseObserver()])
    }
    if await !courseRunSwiftTesting(testing, module: module) {
        // Its tests then go unreported, so the check fails, with this as the reason.
        courseEmit(["event": "outside", "expectation": "Swift Testing could not be run: swt_abiv0_getEntryPoint was not found "
            + "in libTesting.so, or refused its configuration. Check the Swift installation with 'swiftc --version'."])
    }
    courseEmit(["event": "done", "status": String(status)])
    fflush(nil)
    _exit(0)
}
