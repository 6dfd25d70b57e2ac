// The Swift Testing half of the harness support module. `LinuxXCTestHarness.supportSource()` appends
// this file to `CourseHarness.swift`, so the two halves are one module and this half reuses that file's
// private channel (`courseEmit`, `courseMark`, `courseWanted`). Embedded into `course` as data, like it.
//
// Swift Testing is driven through its JSON event-stream ABI: `swt_abiv0_getEntryPoint` is looked up in
// libTesting.so itself (a handle opened with RTLD_NOLOAD, so the library the suite linked, never a
// same-named symbol elsewhere in the program), called with a JSON configuration (serial, no console
// output, a filter for isolated reruns), and every JSON record it hands back becomes a record on the
// result channel. Console text is never read. Looking the entry point up at run time keeps this module
// free of a link dependency on Testing, so XCTest-only programs do not load it; and this half needs no
// Foundation (records are parsed by `CourseJSON`), so a Swift Testing-only program loads neither
// Foundation nor XCTest.
#if canImport(Glibc)
import Glibc
#endif

private typealias CourseTestingEntryPoint = @convention(thin) @Sendable (
    UnsafeRawBufferPointer?, @escaping @Sendable (UnsafeRawBufferPointer) -> Void
) async throws -> Bool

/// A parsed JSON value: just enough of JSON for the framework's records (valid JSON in, nil for anything else).
private indirect enum CourseJSON {
    case object([String: CourseJSON]), array([CourseJSON]), string(String), number(Double), bool(Bool), null

    subscript(key: String) -> CourseJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
    var string: String? { if case .string(let text) = self { return text }; return nil }
    var bool: Bool? { if case .bool(let value) = self { return value }; return nil }
    var array: [CourseJSON]? { if case .array(let items) = self { return items }; return nil }

    static func parse(_ bytes: [UInt8]) -> CourseJSON? {
        var reader = CourseJSONReader(bytes: bytes)
        guard let value = reader.value() else { return nil }
        reader.skipSpace()
        return reader.index == bytes.count ? value : nil
    }
}

/// A recursive-descent JSON reader. Every step consumes at least one byte or fails, so it always ends.
private struct CourseJSONReader {
    let bytes: [UInt8]
    var index = 0

    mutating func skipSpace() {
        while index < bytes.count, [32, 9, 10, 13].contains(bytes[index]) { index += 1 }
    }

    mutating func value() -> CourseJSON? {
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [String: CourseJSON] = [:]
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipSpace()
                guard let key = string(), expect(":"), let member = value() else { return nil }
                members[key] = member
                skipSpace()
                if expect(",") { continue }
                return expect("}") ? .object(members) : nil
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [CourseJSON] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                guard let item = value() else { return nil }
                items.append(item)
                skipSpace()
                if expect(",") { continue }
                return expect("]") ? .array(items) : nil
            }
        case UInt8(ascii: "\""):
            return string().map(CourseJSON.string)
        case UInt8(ascii: "t"): return word("true", .bool(true))
        case UInt8(ascii: "f"): return word("false", .bool(false))
        case UInt8(ascii: "n"): return word("null", .null)
        default:
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            guard index > start, let number = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else { return nil }
            return .number(number)
        }
    }

    mutating func expect(_ character: Unicode.Scalar) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func word(_ text: String, _ result: CourseJSON) -> CourseJSON? {
        let expected = Array(text.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<(index + expected.count)]) == expected else { return nil }
        index += expected.count
        return result
    }

    mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { return nil }
        index += 4
        return value
    }

    mutating func string() -> String? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        var utf8: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: utf8, as: UTF8.self) }
            guard byte == UInt8(ascii: "\\") else { utf8.append(byte); continue }
            guard index < bytes.count else { return nil }
            let escape = bytes[index]
            index += 1
            var scalar: UInt32
            switch escape {
            case UInt8(ascii: "n"): scalar = 10
            case UInt8(ascii: "t"): scalar = 9
            case UInt8(ascii: "r"): scalar = 13
            case UInt8(ascii: "b"): scalar = 8
            case UInt8(ascii: "f"): scalar = 12
            case UInt8(ascii: "u"):
                guard let high = hex4() else { return nil }
                scalar = high
                // A surrogate pair: `\uD83D\uDE00`.
                if (0xD800..<0xDC00).contains(high), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                   bytes[index + 1] == UInt8(ascii: "u") {
                    index += 2
                    guard let low = hex4() else { return nil }
                    scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                }
            default: scalar = UInt32(escape)  // \" \\ \/
            }
            utf8 += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "?").utf8)
        }
        return nil
    }
}

/// What the record handler remembers between records: which tests are parameterized, which keys saw a
/// failing issue, and how many cases each parameterized test ran. Records arrive one at a time
/// (the run is serial), but the lock keeps a stray record from another thread harmless.
/// `@unchecked Sendable` holds because every `var` is private and touched only in `handle`, between
/// `pthread_mutex_lock` and its deferred unlock; `lock` and `module` are constants.
private final class CourseTestingState: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        return lock
    }()
    private var parameterized: Set<String> = []
    private var functions: [String] = []
    private var failed: Set<String> = []
    private var cases: [String: Int] = [:]
    let module: String

    init(module: String) { self.module = module }

    /// `Module.Suite/Inner/f(x:)/hidden/File.swift:3:4` → `Suite/Inner/f(x:)`; nil for a suite or the run.
    func name(_ testID: CourseJSON?) -> String? {
        guard let id = testID?.string, id.hasPrefix(module + ".") else { return nil }
        let parts = id.dropFirst(module.count + 1).split(separator: "/", omittingEmptySubsequences: false)
        guard let function = parts.firstIndex(where: { $0.hasSuffix(")") }) else { return nil }
        return parts[...function].joined(separator: "/")
    }

    /// The suite path of a suite's ID (`Module.Suite/Inner` → `Suite/Inner`).
    func suitePath(_ testID: CourseJSON?) -> String? {
        guard let id = testID?.string, id.hasPrefix(module + ".") else { return nil }
        return String(id.dropFirst(module.count + 1))
    }

    func handle(_ object: CourseJSON) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let payload = object["payload"] else { return }
        if object["kind"]?.string == "test" {
            if payload["kind"]?.string == "function", let name = name(payload["id"]) {
                functions.append(name)
                if payload["isParameterized"]?.bool == true { parameterized.insert(name) }
            }
            return
        }
        guard object["kind"]?.string == "event", let kind = payload["kind"]?.string else { return }
        let name = name(payload["testID"])
        let argument = payload["_testCase"]?["displayName"]?.string.map(courseOneLine)
        let comments = (payload["_comments"]?.array ?? []).compactMap(\.string)
        switch kind {
        case "testStarted":
            guard let name else { return }
            start(name, argument: nil)
        case "testCaseStarted":
            guard let name else { return }
            cases[name, default: 0] += 1
            start(name, argument: argument)
        case "issueRecorded":
            let issue = payload["issue"]
            if issue?["isKnown"]?.bool == true { return }  // withKnownIssue: expected, does not fail the test
            if issue?["isFailure"]?.bool == false { return }  // a warning
            let messages = payload["messages"]?.array ?? []
            let summary = messages.first?["text"]?.string ?? "Issue recorded"
            let details = messages.dropFirst().compactMap { message -> String? in
                guard let text = message["text"]?.string else { return nil }
                return message["symbol"]?.string == "difference" ? "difference: " + text : text
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
    // Serial, console output off (verbosity Int.min), ABI version 0 (it carries each argument's `_testCase`).
    var configuration = "{\"parallel\": false, \"eventStreamVersion\": \"0\", \"verbosity\": \(Int.min)"
    if !courseWanted.isEmpty {
        configuration += ", \"filter\": [" + wanted.map { courseJSONString(courseTestingFilter($0, module: module)) }.joined(separator: ", ") + "]"
    }
    let json = Array((configuration + "}").utf8)
    let state = CourseTestingState(module: module)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: json.count, alignment: 1)
    defer { buffer.deallocate() }
    buffer.copyBytes(from: json)
    do {
        _ = try await entryPoint(UnsafeRawBufferPointer(buffer)) { record in
            guard let object = CourseJSON.parse(Array(record)) else { return }
            state.handle(object)
        }
    } catch {
        return false
    }
    return true
}

/// Runs the Swift Testing tests, reports them on the channel after `begin` and XCTest's `status`, and exits 0.
@MainActor
private func courseFinishWithSwiftTesting(_ testing: [String], module: String, status: CInt) async -> Never {
    if await !courseRunSwiftTesting(testing, module: module) {
        // Its tests then go unreported, so the check fails, with this as the reason.
        courseEmit(["event": "outside", "expectation": "Swift Testing could not be run: swt_abiv0_getEntryPoint was not found "
            + "in libTesting.so, or refused its configuration. Check the Swift installation with 'swiftc --version'."])
    }
    courseEmit(["event": "done", "status": String(status)])
    fflush(nil)
    _exit(0)
}

/// Runs the Swift Testing tests named `testing` (declared in `module`) of a suite with no XCTest part,
/// reports them on the channel, and exits 0. A selection on the command line runs only those tests.
@MainActor
public func courseRunTesting(testing: [String], module: String) async -> Never {
    courseEmit(["event": "begin"])
    await courseFinishWithSwiftTesting(testing, module: module, status: 0)
}

#if !COURSE_NO_XCTEST
/// Runs the XCTest entries and then the Swift Testing tests named `testing` (declared in `module`),
/// reports them on the channel, and exits 0: the channel carries the verdict. A selection on the command
/// line (`Class/method` or `Suite/f(x:)`) runs only those tests. On the main actor, so XCTest runs on the
/// main thread as it does under `courseRun`.
@MainActor
public func courseRunAll(_ entries: [XCTestCaseEntry], testing: [String], module: String) async -> Never {
    courseEmit(["event": "begin"])
    let status: CInt = entries.isEmpty ? 0 : XCTMain(entries, arguments: [CommandLine.arguments[0]], observers: [CourseObserver()])
    await courseFinishWithSwiftTesting(testing, module: module, status: status)
}
#endif
