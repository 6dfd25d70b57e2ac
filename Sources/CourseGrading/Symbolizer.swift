import CourseModel
import CourseProcess
import Foundation

/// Resolves code offsets in a test program to source lines with the toolchain's `llvm-symbolizer`,
/// outside the sandbox, so the learner's file can be named.
struct Symbolizer {
    var tool: String

    /// `llvm-symbolizer` beside `swiftc`, or nil.
    static func locate(_ toolchain: Toolchain) -> Symbolizer? {
        let folder = URL(fileURLWithPath: toolchain.swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
        let tool = folder.appendingPathComponent("llvm-symbolizer").path
        return FileManager.default.isExecutableFile(atPath: tool) ? Symbolizer(tool: tool) : nil
    }

    /// For each offset into `binary`, every `file:line:col` it maps to (inlined frames first).
    func locations(of offsets: [UInt64], in binary: String) -> [UInt64: [String]] {
        let unique = Array(Set(offsets)).sorted()
        guard !unique.isEmpty else { return [:] }
        let arguments = ["--obj=\(binary)", "--output-style=LLVM"] + unique.map { "0x" + String($0, radix: 16) }
        guard let result = try? Subprocess.run(ProcessSpec(executable: tool, arguments: arguments, timeout: Limits.standard.objectToolTimeout,
                                                           keepOutputBytes: Limits.standard.symbolizerOutputBytes)), result.succeeded else { return [:] }
        var answer: [UInt64: [String]] = [:]
        let blocks = result.outputText.components(separatedBy: "\n\n")
        for (offset, block) in zip(unique, blocks) {
            let lines = block.split(separator: "\n").map(String.init)
            answer[offset] = stride(from: 1, to: lines.count, by: 2).map { lines[$0] }
        }
        return answer
    }
}

extension SanitizerReport {
    /// The sentence with the learner's lines, resolving frames of the test program (`runner`) with
    /// `symbolizer`; `source` is the scratch copy of the learner's file, shown as `displayPath`.
    func sentence(symbolizer: Symbolizer?, runner: String, source: String, displayPath: String) -> String {
        var positions: [(Frame, UInt64)] = []
        for stack in stacks {
            for (index, frame) in stack.frames.enumerated() where frame.module == "runner" || frame.module.hasSuffix("/runner") {
                // Return addresses point after the call: look one byte back, except in the top frame.
                positions.append((frame, index == 0 ? frame.offset : frame.offset - 1))
            }
        }
        let found = symbolizer?.locations(of: positions.map(\.1), in: runner) ?? [:]
        var lookup: [String: String] = [:]
        for (frame, offset) in positions {
            // Line 0 marks code the compiler made (a closure's thunk): not a line the learner wrote.
            guard let own = found[offset]?.first(where: { $0.hasPrefix(source + ":") && !$0.hasPrefix(source + ":0:") }) else { continue }
            lookup["\(frame.module)+\(frame.offset)"] = displayPath + own.dropFirst(source.count)
        }
        return sentence { lookup["\($0.module)+\($0.offset)"] }
    }
}
