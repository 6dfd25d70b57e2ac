import CourseModel
import CourseProcess
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the learner's line after a crash, at no cost to a check that does not crash: the learner's
/// module is rebuilt once with line tables and relinked, and the crashed test runs again alone with the
/// Swift runtime's backtracer on. Only the first frame in the learner's file is kept (`CrashSite`).
final class CrashLocator {
    let plan: BuildPlan
    let supportSwift: [String]
    /// The link that made the test program; redone with the line-table object.
    let link: ProcessSpec
    /// The toolchain's `swift-backtrace`, mounted inside the sandbox; nil lets the runtime find its own.
    let backtracer: String?
    private var built: Bool?

    init(plan: BuildPlan, supportSwift: [String], link: ProcessSpec) {
        self.plan = plan
        self.supportSwift = supportSwift
        self.link = link
        backtracer = CrashLocator.backtracer(beside: plan.toolchain.swiftc)
    }

    /// The signals a runtime trap or a bad access ends a test with; others (a kill, a time limit) have no line to show.
    static func isCrash(_ termination: ProcessResult.Termination) -> Bool {
        guard case .signaled(let signal) = termination else { return false }
        return [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE].contains(signal)
    }

    /// The runtime's settings for the rerun: text only, the crashed thread only, no registers or images.
    static func environment(backtracer: String?) -> String {
        "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=64,top=16,sanitize=no"
            + (backtracer.map { ",swift-backtrace=\($0)" } ?? "")
    }

    /// `swift-backtrace-static` (or `swift-backtrace`) in the toolchain's `libexec/swift/linux`.
    static func backtracer(beside swiftc: String) -> String? {
        let bin = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
        let folder = bin.deletingLastPathComponent().appendingPathComponent("libexec/swift/linux")
        return ["swift-backtrace-static", "swift-backtrace"].map { folder.appendingPathComponent($0).path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The test program with line tables in the learner's module, built on first use; nil if it cannot be built.
    func runnerWithLineTables() -> String? {
        if let built { return built ? plan.runnerWithLineTables : nil }
        let compile = try? Subprocess.run(plan.compileLearnerWithLineTables(supportSwift: supportSwift))
        let relinked = compile?.succeeded == true ? try? Subprocess.run(plan.withLineTables(link)) : nil
        built = relinked?.succeeded == true && FileManager.default.isExecutableFile(atPath: plan.runnerWithLineTables)
        return built == true ? plan.runnerWithLineTables : nil
    }

    /// Where the crash was, from what the rerun printed; nil when no frame is in the learner's file.
    /// The backtracer's frames come first; else the runtime's own list of program offsets (an exclusivity
    /// violation prints one before it aborts), resolved outside the sandbox by `llvm-symbolizer`.
    func site(in output: String, module: String) -> CrashSite? {
        let source = plan.submissionSource
        if let site = CrashSite.parse(output, source: source) { return site }
        let offsets = CrashSite.programOffsets(output, module: module).map { $0 > 0 ? $0 - 1 : 0 }  // return addresses: one byte back
        guard !offsets.isEmpty, let symbolizer = Symbolizer.locate(plan.toolchain) else { return nil }
        let found = symbolizer.locations(of: offsets, in: plan.runnerWithLineTables)
        for offset in offsets {
            guard let own = found[offset]?.first(where: { $0.hasPrefix(source + ":") && !$0.hasPrefix(source + ":0:") }) else { continue }
            let numbers = own.dropFirst(source.count + 1).split(separator: ":").compactMap { Int($0) }
            guard let line = numbers.first else { continue }
            return CrashSite(line: line, column: numbers.count > 1 ? numbers[1] : 0,
                             reason: CrashSite.runtimeReason(output.split(separator: "\n")[...]))
        }
        return nil
    }

    /// The learner's file as compiled, for the line shown under the location.
    var sourceText: String {
        RegularFile.contents(plan.submissionSource, limit: Limits.standard.submissionBytes).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
