@testable import CourseProcess
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The orphan sweep reads only this process's tree: the kernel's child lists give the same children as
/// reading every process's stat, and the walk reaches grandchildren.
final class ProcessTreeTests: XCTestCase {
    func testChildListsAgreeWithStatAndReachGrandchildren() throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "sleep 30 & sleep 30 & wait"]
        try shell.run()
        var grandchildren: [pid_t] = []
        defer {
            for pid in grandchildren { kill(pid, SIGKILL) }
            shell.terminate()
        }
        let me = getpid()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            grandchildren = OrphanSweeper.children(of: shell.processIdentifier)
            if grandchildren.count == 2 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        XCTAssertEqual(grandchildren.count, 2, "the shell's two sleeps")
        XCTAssertEqual(Set(OrphanSweeper.children(of: shell.processIdentifier)), Set(OrphanSweeper.childrenFromStat(of: shell.processIdentifier)))
        XCTAssertTrue(OrphanSweeper.children(of: me).contains(shell.processIdentifier))
        let tree = Set(OrphanSweeper.descendants(of: me))
        XCTAssertTrue(tree.contains(shell.processIdentifier))
        XCTAssertTrue(tree.isSuperset(of: grandchildren), "the walk reaches grandchildren")
    }
}
