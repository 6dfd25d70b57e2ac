@testable import CourseGrading
import Foundation
import Synchronization
import XCTest

/// One build per key at a time in a process; different keys never wait for each other.
final class BuildGateTests: XCTestCase {
    func testTheSameKeyIsBuiltByOneThreadAtATime() {
        let gate = BuildGate()
        let inside = Mutex(0), most = Mutex(0), runs = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            gate.once("suite k") {
                let now = inside.withLock { $0 += 1; return $0 }
                most.withLock { $0 = max($0, now) }
                Thread.sleep(forTimeInterval: 0.02)
                inside.withLock { $0 -= 1 }
                runs.withLock { $0 += 1 }
            }
        }
        XCTAssertEqual(most.withLock { $0 }, 1, "two threads were inside the same key at once")
        XCTAssertEqual(runs.withLock { $0 }, 6, "every caller runs its body, in turn")
    }

    func testDifferentKeysRunSideBySide() {
        let gate = BuildGate()
        let bothInside = DispatchSemaphore(value: 0), entered = DispatchSemaphore(value: 0), left = DispatchSemaphore(value: 0)
        let sawTheOther = Mutex(false)
        let other = Thread {
            gate.once("b") {
                entered.signal()
                let seen = bothInside.wait(timeout: .now() + 5) == .success
                sawTheOther.withLock { $0 = seen }
            }
            left.signal()
        }
        other.start()
        XCTAssertEqual(entered.wait(timeout: .now() + 5), .success)
        gate.once("a") { _ = bothInside.signal() }  // behind "b" (if keys shared a lock) it would only run after b's 5 s
        XCTAssertEqual(left.wait(timeout: .now() + 10), .success)
        XCTAssertTrue(sawTheOther.withLock { $0 }, "key a waited for key b")
    }

    /// A body that throws lets the next caller in.
    func testAThrowingBodyReleasesItsKey() {
        struct Failed: Error {}
        let gate = BuildGate()
        XCTAssertThrowsError(try gate.once("k") { throw Failed() })
        let ran = gate.once("k") { true }
        XCTAssertTrue(ran)
    }
}
