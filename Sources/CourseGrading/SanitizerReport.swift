import Foundation

/// An AddressSanitizer or ThreadSanitizer report in a test program's output, turned into one sentence
/// in plain words that names the learner's own lines.
///
/// Test programs run with `symbolize=0`, so frames read `#0 0x… (/sandbox/runner+0x1bb1)`; the grader
/// resolves those offsets outside the sandbox with the toolchain's `llvm-symbolizer`.
public struct SanitizerReport: Equatable, Sendable {
    /// The sanitizer's own name for what happened: `heap-buffer-overflow`, `data race`, …
    public var kind: String
    /// `READ` or `WRITE`, and how many bytes, for memory errors.
    public var access: (write: Bool, size: Int)?
    /// Where the bad access was relative to its buffer: "past the end of a 4-byte buffer".
    public var region: String?
    /// One stack per section of the report, in order: the access, then (for ASan) where the memory was
    /// freed and allocated, or (for TSan) the other thread's access.
    public var stacks: [(title: String, frames: [Frame])]

    public struct Frame: Equatable, Sendable {
        public var module: String
        public var offset: UInt64
    }

    public static func == (a: SanitizerReport, b: SanitizerReport) -> Bool {
        a.kind == b.kind && a.access?.write == b.access?.write && a.access?.size == b.access?.size && a.region == b.region
            && a.stacks.map(\.title) == b.stacks.map(\.title) && a.stacks.map(\.frames) == b.stacks.map(\.frames)
    }

    /// Finds the first sanitizer report in `output`, if any.
    public static func parse(_ output: String) -> SanitizerReport? {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.contains("ERROR: AddressSanitizer: ") || $0.contains("WARNING: ThreadSanitizer: ") })
        else { return nil }
        let head = lines[start]
        var kind: String
        if let range = head.range(of: "AddressSanitizer: ") ?? head.range(of: "ThreadSanitizer: ") {
            kind = String(head[range.upperBound...])
        } else {
            kind = String(head)
        }
        for suffix in [" on address", " on unknown address", " (pid="] {
            if let cut = kind.range(of: suffix) { kind = String(kind[..<cut.lowerBound]) }
        }
        if kind.hasPrefix("attempting ") { kind = String(kind.dropFirst("attempting ".count)) }
        kind = kind.trimmingCharacters(in: .whitespaces)
        var report = SanitizerReport(kind: kind, access: nil, region: nil, stacks: [])
        var title = "access"
        var frames: [Frame] = []
        func flush() {
            if !frames.isEmpty { report.stacks.append((title, frames)) }
            frames = []
        }
        for line in lines[(start + 1)...] {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("SUMMARY:") || text.hasPrefix("Shadow bytes") || text.hasPrefix("==================") { break }
            if text.hasPrefix("#"), let frame = frame(text) {
                frames.append(frame)
                continue
            }
            if text.isEmpty { continue }
            if report.access == nil, let access = accessLine(text) { report.access = access }
            if report.region == nil, let region = regionLine(text) { report.region = region }
            if text.hasSuffix(":") || text.contains(" here:") {
                flush()
                title = sectionTitle(text)
            }
        }
        flush()
        return report
    }

    /// `text` without a sanitizer report (and the banner line before it): the sentence says what it found.
    public static func strip(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.contains("ERROR: AddressSanitizer: ") || $0.contains("WARNING: ThreadSanitizer: ") })
        else { return text }
        var cut = start
        if cut > 0, lines[cut - 1].hasPrefix("=====") { cut -= 1 }
        lines.removeSubrange(cut...)
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func frame(_ text: String) -> Frame? {
        // `#0 0x55a9346cbdfa  (/path/runner+0x12cdfa) (BuildId: …)`
        guard let plus = text.range(of: "+0x")?.lowerBound, let open = text[..<plus].lastIndex(of: "("),
              let close = text[plus...].firstIndex(of: ")") else { return nil }
        let module = String(text[text.index(after: open)..<plus])
        let hex = text[text.index(after: plus)..<close].dropFirst(2)
        guard let offset = UInt64(hex, radix: 16) else { return nil }
        return Frame(module: module, offset: offset)
    }

    static func accessLine(_ text: String) -> (write: Bool, size: Int)? {
        for (word, write) in [("WRITE of size ", true), ("READ of size ", false), ("Write of size ", true), ("Read of size ", false)]
        where text.hasPrefix(word) || text.contains(" " + word.lowercased()) {
            let rest = text.components(separatedBy: word).last ?? ""
            if let size = Int(rest.prefix { $0.isNumber }) { return (write, size) }
        }
        if text.hasPrefix("Modifying access") { return (true, 0) }
        return nil
    }

    /// `is located 0 bytes after 4-byte region [` → "past the end of a 4-byte buffer".
    static func regionLine(_ text: String) -> String? {
        guard text.contains("is located"), let bytes = text.range(of: "-byte region") else { return nil }
        let size = text[..<bytes.lowerBound].split(separator: " ").last.map(String.init) ?? "?"
        if text.contains(" after ") { return "past the end of a \(size)-byte buffer" }
        if text.contains(" before ") { return "before the start of a \(size)-byte buffer" }
        if text.contains(" inside ") { return "inside a \(size)-byte buffer" }
        return nil
    }

    static func sectionTitle(_ text: String) -> String {
        if text.hasPrefix("Modifying access") || text.hasPrefix("Read of size") || text.hasPrefix("Write of size")
            || text.hasPrefix("Atomic") || text.hasPrefix("READ of size") || text.hasPrefix("WRITE of size") { return "access" }
        if text.hasPrefix("freed by") { return "freed" }
        if text.hasPrefix("previously allocated") || text.hasPrefix("allocated by") { return "allocated" }
        if text.hasPrefix("Previous") { return "other thread" }
        if text.hasPrefix("Location is") { return "location" }
        if text.hasPrefix("Thread T") || text.hasPrefix("Mutex") { return "thread" }
        return "other"
    }

    /// One sentence for the learner. `locate` turns a frame into `file:line:col` in the learner's file,
    /// or nil for frames elsewhere (the runtime, the suite, the harness).
    public func sentence(locate: (Frame) -> String?) -> String {
        func firstOwn(_ title: String) -> String? {
            stacks.first { $0.title == title }?.frames.lazy.compactMap(locate).first
        }
        let at = firstOwn("access").map { " at \($0)" } ?? ""
        let size = access.map { "\($0.size) byte\($0.size == 1 ? "" : "s")" } ?? "memory"
        let verb = access?.write == true ? "writes" : "reads"
        switch kind {
        case "heap-buffer-overflow", "stack-buffer-overflow", "global-buffer-overflow", "container-overflow":
            let allocated = firstOwn("allocated").map { "; the buffer was allocated at \($0)" } ?? ""
            return "\(verb) \(size) \(region ?? "outside a buffer")\(at)\(allocated) (AddressSanitizer: \(kind))"
        case "heap-use-after-free":
            let freed = firstOwn("freed").map { ", freed at \($0)" } ?? ""
            return "\(verb) memory after it was freed\(at)\(freed) (AddressSanitizer: use after free)"
        case "double-free":
            let freed = firstOwn("freed").map { "; it was first freed at \($0)" } ?? ""
            return "frees the same memory twice\(at)\(freed) (AddressSanitizer: double free)"
        case "stack-use-after-return", "stack-use-after-scope":
            return "\(verb) a local variable after its scope ended\(at), e.g. through a pointer that escaped (AddressSanitizer: \(kind))"
        case "SEGV":
            return "accesses an invalid address\(at) (AddressSanitizer: SEGV)"
        case "data race", "Swift access race":
            let other = firstOwn("other thread")
            var places: [String] = []
            for place in [firstOwn("access"), other].compactMap({ $0 }) where !places.contains(place) { places.append(place) }
            let whereText = places.isEmpty ? "" : " (\(places.joined(separator: " and ")))"
            return "lets two threads change the same variable at the same time\(whereText), with nothing ordering the two "
                + "(ThreadSanitizer: \(kind))"
        default:
            return "the sanitizer found a memory or threading error\(at) (\(kind))"
        }
    }
}
