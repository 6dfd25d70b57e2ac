import Foundation
import Testing

@testable import RunningTotals

let RUNALL = Bool(ProcessInfo.processInfo.environment["RUNALL", default: "false"]) ?? false

@Suite struct RunningTotalsTests {
  @Test("an empty array has no totals")
  func testEmpty() {
    #expect([Int]().runningTotals() == [])
  }

  @Test("each total adds the next value", .enabled(if: RUNALL))
  func testTotals() {
    #expect([1, 2, 3].runningTotals() == [1, 3, 6])
  }
}
