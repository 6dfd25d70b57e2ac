import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The dev container for learners on macOS and Windows (.devcontainer/), the one install script that it and CI
/// share (scripts/install-dependencies), and the post-create step that puts `course` on PATH and writes the
/// sourcekit-lsp flags. No Docker here: these test each file the container is made of, and run the scripts for real.
final class DevContainerTests: XCTestCase {
    let root = TestSupport.packageRoot

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    // MARK: devcontainer.json

    /// devcontainer.json is JSON with comments: `//` and `/* */` outside strings are dropped before parsing.
    static func withoutComments(_ text: String) -> String {
        var out = "", index = text.startIndex, inString = false
        while index < text.endIndex {
            let char = text[index], rest = text[index...]
            if inString {
                out.append(char)
                if char == "\\", text.index(after: index) < text.endIndex {
                    index = text.index(after: index)
                    out.append(text[index])
                } else if char == "\"" {
                    inString = false
                }
            } else if char == "\"" {
                inString = true
                out.append(char)
            } else if rest.hasPrefix("//") {
                index = rest.firstIndex(of: "\n") ?? text.endIndex
                continue
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return out }
                index = end.upperBound
                continue
            } else {
                out.append(char)
            }
            index = text.index(after: index)
        }
        return out
    }

    func testCommentStrippingKeepsStringsIntact() throws {
        let source = #"{"a": "http://x/*y*/", /* c */ "b": "q\"//" // d"# + "\n}"
        let parsed = try JSONSerialization.jsonObject(with: Data(Self.withoutComments(source).utf8)) as? [String: String]
        XCTAssertEqual(parsed, ["a": "http://x/*y*/", "b": "q\"//"])
    }

    func devcontainer() throws -> [String: Any] {
        let source = try text(".devcontainer/devcontainer.json")
        let object = try JSONSerialization.jsonObject(with: Data(Self.withoutComments(source).utf8))
        return try XCTUnwrap(object as? [String: Any], "devcontainer.json is not a JSON object")
    }

    func testDevcontainerJSONParsesAndNamesTheImageExtensionFolderAndPostCreateStep() throws {
        let config = try devcontainer()
        let build = try XCTUnwrap(config["build"] as? [String: Any])
        XCTAssertEqual(build["dockerfile"] as? String, "Dockerfile")
        XCTAssertEqual(build["context"] as? String, "..", "the Dockerfile copies scripts/install-dependencies")
        XCTAssertEqual(config["workspaceFolder"] as? String, "/workspaces/${localWorkspaceFolderBasename}")
        let vscode = (config["customizations"] as? [String: Any])?["vscode"] as? [String: Any]
        XCTAssertEqual(vscode?["extensions"] as? [String], ["swiftlang.swift-vscode"])
        XCTAssertEqual(config["postCreateCommand"] as? String, ".devcontainer/post-create")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: root.appendingPathComponent(".devcontainer/post-create").path))
    }

    /// The sandbox needs user namespaces and a fresh /proc in the container; the README names the same options.
    func testContainerOptionsForTheSandboxAreSetAndDocumented() throws {
        let runArgs = try XCTUnwrap(try devcontainer()["runArgs"] as? [String])
        let readme = try text("README.md")
        for option in ["seccomp=unconfined", "apparmor=unconfined", "systempaths=unconfined"] {
            let index = try XCTUnwrap(runArgs.firstIndex(of: option), "runArgs lacks \(option)")
            XCTAssertEqual(runArgs[runArgs.index(before: index)], "--security-opt")
            XCTAssertTrue(readme.contains("--security-opt \(option)"), "README does not name --security-opt \(option)")
        }
        XCTAssertTrue(readme.contains("## On macOS or Windows"))
    }

    // MARK: the image and CI

    /// `swift --version` as .ci/run prints it, e.g. "Swift version 6.3.1 (swift-6.3.1-RELEASE)".
    func toolchainVersion() throws -> (major: Int, minor: Int) {
        let output = try TestSupport.runDetached("/usr/bin/env", ["swift", "--version"]).output
        return try Self.majorMinor(after: "Swift version ", in: output)
    }

    static func majorMinor(after prefix: String, in text: String) throws -> (major: Int, minor: Int) {
        let start = try XCTUnwrap(text.range(of: prefix), "no \"\(prefix)\" in \(text)").upperBound
        let version = text[start...].prefix { $0.isNumber || $0 == "." }.split(separator: ".")
        XCTAssertGreaterThanOrEqual(version.count, 2, "no major.minor after \"\(prefix)\" in \(text)")
        return (try XCTUnwrap(Int(version[0])), try XCTUnwrap(Int(version.count > 1 ? version[1] : "")))
    }

    func testTheImageIsTheOfficialSwiftImageOfTheToolchainCIPrints() throws {
        let dockerfile = try text(".devcontainer/Dockerfile")
        let from = try XCTUnwrap(dockerfile.split(separator: "\n").first { $0.hasPrefix("FROM ") }.map(String.init))
        XCTAssertTrue(from.hasPrefix("FROM swift:"), from)
        let image = try Self.majorMinor(after: "FROM swift:", in: from)
        let toolchain = try toolchainVersion()
        XCTAssertEqual("\(image.major).\(image.minor)", "\(toolchain.major).\(toolchain.minor)",
                       "the container's base image (\(from)) is not the toolchain these tests run on")
        XCTAssertTrue(try text(".ci/run").contains("swift --version\n"), ".ci/run no longer prints the toolchain version")
    }

    func testCIAndTheImageRunTheSameInstallScriptBeforeBuilding() throws {
        let ci = try text(".ci/run")
        XCTAssertTrue(ci.contains("set -euo pipefail"))
        let install = try XCTUnwrap(ci.range(of: "\nscripts/install-dependencies\n"), ".ci/run does not run the install script")
        let build = try XCTUnwrap(ci.range(of: "\nswift build\n"))
        let test = try XCTUnwrap(ci.range(of: "\nswift test\n"))
        XCTAssertTrue(install.lowerBound < build.lowerBound && build.lowerBound < test.lowerBound)
        let dockerfile = try text(".devcontainer/Dockerfile")
        XCTAssertTrue(dockerfile.contains("COPY scripts/install-dependencies /tmp/install-dependencies"))
        XCTAssertTrue(dockerfile.contains("RUN /tmp/install-dependencies"))
    }

    // MARK: scripts/install-dependencies

    struct ScriptRun {
        var status: Int32
        var output: String
    }

    /// Runs a script with bash (no `#!` lookup on PATH), a given environment and no standard input.
    func run(_ arguments: [String], environment: [String: String], timeout: TimeInterval = 120) throws -> ScriptRun {
        let run = try TestSupport.runDetached("/bin/bash", arguments, environment: environment, in: root, timeout: timeout)
        XCTAssertFalse(run.timedOut, "bash \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
        return ScriptRun(status: run.status, output: run.output)
    }

    /// A folder of stand-in commands: each prints nothing, `id` says root, `apt-get` appends its arguments to a log.
    func fakeBin(_ commands: [String]) throws -> (bin: URL, aptLog: URL) {
        let folder = try TestSupport.temporaryFolder(self)
        let bin = folder.appendingPathComponent("bin"), log = folder.appendingPathComponent("apt-get.log")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        var scripts = ["id": "echo 0", "apt-get": "echo \"$*\" >> '\(log.path)'"]
        for command in commands { scripts[command] = "exit 0" }
        for (name, body) in scripts {
            let url = bin.appendingPathComponent(name)
            try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return (bin, log)
    }

    func testInstallScriptSkipsEverythingThatIsThereWithoutAptOrNetwork() throws {
        let fake = try fakeBin(["python3", "tmux", "bwrap", "setsid", "setpriv"])
        for _ in 0..<2 {
            let result = try run(["scripts/install-dependencies"], environment: ["PATH": fake.bin.path])
            XCTAssertEqual(result.status, 0, result.output)
            XCTAssertTrue(result.output.contains("already installed"), result.output)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fake.aptLog.path), "apt-get ran although nothing was missing")
        let check = try run(["scripts/install-dependencies", "--check"], environment: ["PATH": fake.bin.path])
        XCTAssertEqual(check.status, 0, check.output)
    }

    func testInstallScriptInstallsOnlyWhatIsMissingOnce() throws {
        let fake = try fakeBin(["python3", "setsid", "setpriv"])
        let check = try run(["scripts/install-dependencies", "--check"], environment: ["PATH": fake.bin.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.contains("missing tmux bubblewrap"), check.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fake.aptLog.path), "--check installed something")

        let result = try run(["scripts/install-dependencies"], environment: ["PATH": fake.bin.path])
        XCTAssertEqual(result.status, 0, result.output)
        let log = try String(contentsOf: fake.aptLog, encoding: .utf8)
        XCTAssertEqual(log, "update -qq\ninstall -y -qq --no-install-recommends tmux bubblewrap\n")
    }

    /// The script CI runs must also pass on this machine, where the tests are about to need its packages.
    func testInstallScriptFindsEverythingOnTheMachineThatRunsTheTests() throws {
        let result = try run(["scripts/install-dependencies", "--check"],
                             environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        XCTAssertEqual(result.status, 0, result.output)
    }

    // MARK: .devcontainer/post-create

    /// The real post-create step, in a copy of the course with a temporary HOME, linking the `course` these tests
    /// built (COURSE_PREBUILT) instead of a release build; then `course --version` from a new shell's PATH.
    func testPostCreatePutsCourseOnPathAndWritesTheEditorFlags() throws {
        let course = try TestSupport.pristineCopy(of: root, self)
        for folder in [".devcontainer", "scripts"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(folder), to: course.appendingPathComponent(folder))
        }
        let home = try TestSupport.temporaryFolder(self).appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let environment = ["HOME": home.path, "PATH": path, "COURSE_PREBUILT": TestSupport.courseBinary.path]

        for _ in 0..<2 {  // safe to run again: one PATH line per file
            let result = try run([course.appendingPathComponent(".devcontainer/post-create").path], environment: environment)
            XCTAssertEqual(result.status, 0, result.output)
            XCTAssertTrue(result.output.contains("is ready"), result.output)
        }
        for rc in [".bashrc", ".profile"] {
            let contents = try String(contentsOf: home.appendingPathComponent(rc), encoding: .utf8)
            XCTAssertEqual(contents.components(separatedBy: "added by .devcontainer/post-create").count, 2, contents)
        }

        // A new terminal (interactive bash) and a login shell, starting from a PATH without ~/.local/bin.
        let version = try TestSupport.runCourse(["--version"], in: course).stdout
        XCTAssertFalse(version.isEmpty)
        for shell in ["-ic", "-lc"] {
            let result = try run([shell, "command -v course && course --version"],
                                 environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "dumb"])
            XCTAssertEqual(result.status, 0, "bash \(shell): \(result.output)")
            XCTAssertTrue(result.output.contains(home.appendingPathComponent(".local/bin/course").path), result.output)
            XCTAssertTrue(result.output.contains(version), "bash \(shell): \(result.output)")
        }
        try checkCompileCommands(in: course)
    }

    /// Exercises/compile_commands.json, written by `course`: one entry per exercise, rooted in the course.
    /// (`CompileDatabaseTests` compares the flags with the grader's and type-checks with them.)
    func checkCompileCommands(in course: URL) throws {
        let url = course.appendingPathComponent(Layout.compileDatabase)
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        let files = Set(entries.compactMap { $0["file"] as? String })
        for entry in entries { XCTAssertEqual(entry["directory"] as? String, course.path) }
        for exercise in try CourseLoader.load(root: course).exercises {
            XCTAssertTrue(files.contains(course.appendingPathComponent(exercise.learnerPath).path), "no entry for \(exercise.id)")
        }
    }
}
