import CourseTestSupport
import Foundation
import XCTest

/// `course install` in a temporary HOME: the folder is created, the link runs, and the advice names
/// the line for the learner's shell when the folder is not on PATH.
final class InstallEndToEndTests: EndToEndTestCase {
    func testInstallCreatesTheFolderLinksTheBinaryAndSaysWhatToAddToThePath() throws {
        let root = try tinyCopy()
        let home = try TestSupport.temporaryFolder(self)
        let run = try course("install", in: root, environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "SHELL": "/bin/bash"])
        assertStatus(run, 0)
        let link = home.appendingPathComponent(".local/bin/course").path
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link),
                       TestSupport.courseBinary.resolvingSymlinksInPath().path)
        assertContains(run.stdout, "is not on your PATH yet", #"echo 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.bashrc"#)

        // Once the folder is on PATH (a new terminal after the line above), screens say plain 'course'.
        let path = home.appendingPathComponent(".local/bin").path + ":/usr/bin:/bin"
        let status = try course(in: root, environment: ["HOME": home.path, "PATH": path])
        assertContains(status.stdout, "'course check exercise-1'")
        let again = try course("install", in: root, environment: ["HOME": home.path, "PATH": path])
        assertStatus(again, 0)
        assertContains(again.stdout, "is on your PATH")
        let version = try TestSupport.runCourse(["--version"], in: root, environment: ["PATH": path])
        assertStatus(version, 0)
    }

    func testFishAndZshGetTheirOwnLineAndAForeignFileIsKept() throws {
        let root = try tinyCopy()
        let home = try TestSupport.temporaryFolder(self)
        let fish = try course("install", in: root, environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "SHELL": "/usr/bin/fish"])
        assertContains(fish.stdout, "echo 'fish_add_path $HOME/.local/bin' >> ~/.config/fish/config.fish")
        let zsh = try course("install", "--dir", "tools", in: root, environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "SHELL": "/bin/zsh"])
        assertContains(zsh.stdout, "export PATH=\"\(root.path)/tools:$PATH\"' >> ~/.zshrc")
        let foreign = home.appendingPathComponent("bin/course")
        try write("#!/bin/sh\n", to: "bin/course", in: home)
        let refused = try course("install", "--dir", home.appendingPathComponent("bin").path, in: root, environment: ["HOME": home.path])
        assertStatus(refused, 1)
        assertContains(refused.stderr, "already exists and is not a link")
        XCTAssertEqual(try String(contentsOf: foreign, encoding: .utf8), "#!/bin/sh\n")
    }
}
