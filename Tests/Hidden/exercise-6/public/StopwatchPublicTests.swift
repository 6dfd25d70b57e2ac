import XCTest

final class StopwatchPublicTests: XCTestCase {
    /// A stopwatch nobody holds is freed: its closures do not keep it alive.
    func testAStopwatchNobodyHoldsIsFreed() {
        weak var watched: Stopwatch?
        do {
            let stopwatch = Stopwatch(label: "lap")
            stopwatch.ticker.tick()
            watched = stopwatch
        }
        XCTAssertNil(watched, "the stopwatch is still alive: a closure it stores captures self strongly")
    }

    /// A `render` closure kept after its stopwatch is gone returns "".
    func testAKeptRenderReturnsEmptyOnceTheStopwatchIsGone() {
        var render: () -> String = { "unset" }
        do {
            let stopwatch = Stopwatch(label: "lap")
            stopwatch.ticker.tick()
            XCTAssertEqual(stopwatch.render(), "lap: 1s", "render() shows the label and the count")
            render = stopwatch.render
        }
        XCTAssertEqual(render(), "", "once its stopwatch is freed, a kept render closure returns the empty string")
    }
}
