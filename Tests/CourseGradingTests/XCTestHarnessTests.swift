@testable import CourseGrading
@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// The generated main of the test program: its source, and (compiled for real) what it reports.
final class XCTestHarnessTests: XCTestCase {
    typealias M = SuiteScanner.TestMethod

    func testMainSourceListsEveryTestWithAsyncOnesWrapped() {
        let tests = [
            M(className: "StackTests", methodName: "testPush", isAsync: false),
            M(className: "StackTests", methodName: "testWaits", isAsync: true),
            M(className: "OtherTests", methodName: "testOther", isAsync: false),
        ]
        let harness = LinuxXCTestHarness()
        let source = harness.mainSource(tests: tests, limits: HarnessLimits(cpuSeconds: 8))
        for expected in [
            "import CourseHarness",
            "(\"testPush\", StackTests.testPush),",
            "(\"testWaits\", asyncTest(StackTests.testWaits)),",
            "(\"testOther\", OtherTests.testOther),",
            "__entries.append(testCase(courseSelect(\"StackTests\", [",
            "__entries.append(testCase(courseSelect(\"OtherTests\", [",
            "courseBegin(cpuSeconds: 8, fileSizeBytes: \(64 << 20), dataBytes: \(1 << 30))",
            "courseRun(__entries)",
        ] {
            XCTAssertTrue(source.contains(expected), "missing \(expected)")
        }
        XCTAssertEqual(source.components(separatedBy: "testCase(").count - 1, 2, "one entry per class")
        let support = harness.supportSource()
        for expected in [
            "let count = read(0, &byte, 1)",
            "courseCloseDoors()",
            "courseLimit(Int32(RLIMIT_CPU.rawValue), cpuSeconds)",
            "courseLimit(Int32(RLIMIT_FSIZE.rawValue), fileSizeBytes)",
            "courseLimit(Int32(RLIMIT_CORE.rawValue), 0)",
            "if dataBytes > 0 { courseLimit(Int32(RLIMIT_DATA.rawValue), dataBytes) }",
            "XCTMain(entries, arguments: [CommandLine.arguments[0]], observers: [CourseObserver()])",
        ] {
            XCTAssertTrue(support.contains(expected), "missing \(expected)")
        }
        XCTAssertFalse(support.contains("readLine("), "the secrets never pass through a stdio buffer")
        XCTAssertEqual(HarnessLimits(cpuSeconds: 1).fileSizeBytes, 64 << 20)
        XCTAssertFalse(source.contains("feedface"), "the run's tag is never compiled into the test program")
    }

    /// A cache that cannot be written (a read-only course) still yields a usable module, in the scratch folder.
    func testHarnessModuleFallsBackToTheScratchFolderWhenTheCacheIsNotWritable() throws {
        let scratch = try TestSupport.temporaryFolder(self)
        let toolchain = try Toolchain.locate(environment: ProcessInfo.processInfo.environment)
        let module = try HarnessModule.ensure(harness: LinuxXCTestHarness(), toolchain: toolchain, swiftFlags: [],
                                              cacheRoot: URL(fileURLWithPath: "/proc/course-cannot-create"), scratch: scratch)
        XCTAssertEqual(module.folder.path, scratch.appendingPathComponent("harness").path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: module.object))
    }

    /// The harness compiles in each language mode an exercise may choose (its "swift_flags").
    func testHarnessModuleCompilesInSwift5AndSwift6Modes() throws {
        let toolchain = try Toolchain.locate(environment: ProcessInfo.processInfo.environment)
        for flags in [["-swift-version", "5"], ["-swift-version", "6"]] {
            let scratch = try TestSupport.temporaryFolder(self)
            let module = try HarnessModule.ensure(harness: LinuxXCTestHarness(), toolchain: toolchain, swiftFlags: flags,
                                                  cacheRoot: scratch.appendingPathComponent("cache"), scratch: scratch)
            XCTAssertTrue(FileManager.default.fileExists(atPath: module.object), "\(flags)")
        }
    }

    /// Builds a tiny suite with the generated main and runs it: pass, fail, skip, async and a filter.
    func testCompiledHarnessReportsEveryOutcomeOnTheChannel() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let suite = """
            import XCTest
            final class HarnessProbe: XCTestCase {
                func testPasses() { XCTAssertEqual(1 + 1, 2) }
                func testFails() { print("some output"); XCTAssertEqual(1, 2, "one is not two") }
                func testSkips() throws { throw XCTSkip("not today") }
                func testAsyncPasses() async { await Task.yield() }
            }
            """
        let suitePath = folder.appendingPathComponent("Probe.swift").path
        try suite.write(toFile: suitePath, atomically: true, encoding: .utf8)
        let tests = SuiteScanner.testMethods(in: [suite])
        XCTAssertEqual(tests.map(\.methodName), ["testPasses", "testFails", "testSkips", "testAsyncPasses"])
        let nonce = Nonce.make(), marker = Nonce.make()
        let main = LinuxXCTestHarness().mainSource(tests: tests, limits: HarnessLimits(cpuSeconds: 20))
        let mainPath = folder.appendingPathComponent("main.swift").path
        try main.write(toFile: mainPath, atomically: true, encoding: .utf8)
        let toolchain = try Toolchain.locate(environment: ProcessInfo.processInfo.environment)
        let runner = folder.appendingPathComponent("runner").path
        let module = try HarnessModule.ensure(harness: LinuxXCTestHarness(), toolchain: toolchain, swiftFlags: [],
                                              cacheRoot: folder.appendingPathComponent("cache"), scratch: folder)
        XCTAssertTrue(module.folder.path.hasPrefix(folder.appendingPathComponent("cache").path), "the support module is cached")
        let build = try Subprocess.run(ProcessSpec(executable: toolchain.swiftc,
                                                   arguments: ["-Onone", "-module-name", "Probe", "-I", module.folder.path,
                                                               suitePath, mainPath, module.object, "-o", runner],
                                                   timeout: 300))
        XCTAssertTrue(build.succeeded, build.outputText)

        let secrets = Array((nonce + "\n" + marker + "\n").utf8)
        let run = try Subprocess.run(ProcessSpec(executable: runner, arguments: [], input: secrets, timeout: 60, resultChannel: true))
        XCTAssertEqual(run.termination, .exited(0), "the harness always exits 0; the channel carries the verdict")
        let channel = ResultChannel.parse(run.channel, nonce: nonce)
        XCTAssertTrue(channel.began)
        XCTAssertTrue(channel.done)
        XCTAssertEqual(channel.rejectedLines, 0)
        typealias R = ResultChannel.Record
        XCTAssertEqual(channel.records, [
            R(name: "HarnessProbe.testPasses", started: true, finished: true, passed: true),
            R(name: "HarnessProbe.testFails", started: true, finished: true, passed: false,
              failures: ["XCTAssertEqual failed: (\"1\") is not equal to (\"2\") - one is not two"]),
            R(name: "HarnessProbe.testSkips", started: true, finished: true, passed: true, skipped: true),
            R(name: "HarnessProbe.testAsyncPasses", started: true, finished: true, passed: true),
        ])
        XCTAssertFalse(run.outputText.contains(nonce), "the result tag is never printed")
        let outputs = TestOutput.split(run.output, nonce: marker)
        XCTAssertEqual(outputs["HarnessProbe.testFails"], "some output")
        XCTAssertEqual(outputs["HarnessProbe.testPasses"], "")

        let filtered = try Subprocess.run(ProcessSpec(executable: runner, arguments: ["HarnessProbe/testFails"],
                                                      input: secrets, timeout: 60, resultChannel: true))
        let one = ResultChannel.parse(filtered.channel, nonce: nonce)
        XCTAssertEqual(one.records.map(\.name), ["HarnessProbe.testFails"])
        XCTAssertTrue(one.done)

        let wrongNonce = ResultChannel.parse(run.channel, nonce: Nonce.make())
        XCTAssertEqual(wrongNonce.records, [])
        XCTAssertFalse(wrongNonce.done)
    }

    func testOutputSplitDropsXCTestLinesAndCapsEachTest() {
        let nonce = "n1"
        let mark = "\u{1E}\(nonce) "
        let long = String(repeating: "x", count: 5000)
        let text = """
            before any test
            \(mark)start S.testA
            Test Case 'S.testA' started at 2024
            hello
            /path/S.swift:3: error: S.testA : XCTAssertEqual failed
            Test Case 'S.testA' failed (0.001 seconds)
            partial\(mark)finish S.testA
            \(mark)start S.testB
            \(long)
            \(mark)finish S.testB
            after
            """
        let outputs = TestOutput.split(Array(text.utf8), nonce: nonce)
        XCTAssertEqual(outputs["S.testA"], "hello\npartial")
        XCTAssertEqual(outputs["S.testB"], String(repeating: "x", count: 4000) + "\n… (output cut at 4000 characters)")
        XCTAssertEqual(outputs.count, 2)
    }
}
