import XCTest

final class CaptureCycleTests: XCTestCase {
    func testTicksAreCountedWhileTheStopwatchIsAlive() {
        let watch = Stopwatch(label: "lap")
        XCTAssertEqual(watch.elapsed, 0, "a new stopwatch starts at 0")
        watch.ticker.tick()
        watch.ticker.tick()
        watch.ticker.tick()
        XCTAssertEqual(watch.elapsed, 3, "three ticks of the stopwatch's ticker must give elapsed == 3")
        XCTAssertEqual(watch.render(), "lap: 3s", "render() must describe the stopwatch as \"<label>: <elapsed>s\"")
    }

    func testAStopwatchIsFreedWhenNobodyHoldsIt() {
        weak var probe: Stopwatch?
        weak var tickerProbe: Ticker?
        do {
            let watch = Stopwatch(label: "egg timer")
            watch.ticker.tick()
            XCTAssertEqual(watch.render(), "egg timer: 1s", "render() must still work after a tick")
            probe = watch
            tickerProbe = watch.ticker
        }
        XCTAssertNil(probe, "the stopwatch was not freed: one of its closures (ticker.onTick or render) still captures self strongly; give both a [weak self] capture list")
        XCTAssertNil(tickerProbe, "the stopwatch's ticker should be freed with it")
    }

    func testTheTickerClosureDoesNotKeepTheStopwatchAlive() {
        weak var probe: Stopwatch?
        do {
            let watch = Stopwatch(label: "a")
            watch.render = { "replaced" }  // take the render closure out of the picture
            probe = watch
        }
        XCTAssertNil(probe, "with render replaced, the stopwatch is still not freed: the closure stored in ticker.onTick captures self strongly")
    }

    func testTheRenderClosureDoesNotKeepTheStopwatchAlive() {
        weak var probe: Stopwatch?
        do {
            let watch = Stopwatch(label: "b")
            watch.ticker.onTick = nil  // take the ticker closure out of the picture
            probe = watch
        }
        XCTAssertNil(probe, "with ticker.onTick removed, the stopwatch is still not freed: the stored render closure captures self strongly")
    }

    func testTheTickerClosureCapturesTheStopwatchWeakly() {
        let watch = Stopwatch(label: "w")
        // Take render out of the picture (its capture is checked by the generated tests),
        // so that only the ticker's closure can still refer to the stopwatch.
        watch.render = { "replaced" }
        XCTAssertEqual(_getUnownedRetainCount(watch), 1,
                       "ticker.onTick captures self as `unowned`: the ticker can outlive the stopwatch, and its next tick would crash. Use [weak self]")
        XCTAssertEqual(_getWeakRetainCount(watch), 2,
                       "ticker.onTick should hold the stopwatch through exactly one weak reference ([weak self]); found \(Int(_getWeakRetainCount(watch)) - 1). A strong capture keeps the stopwatch alive forever, and `[unowned(unsafe) self]` would write into freed memory when a ticker that outlived its stopwatch ticks")
        watch.ticker.tick()
        XCTAssertEqual(watch.elapsed, 1, "the ticker's closure must still count ticks while the stopwatch lives")
    }

    func testATickerThatOutlivesItsStopwatchCanStillTickSafely() {
        var kept: Ticker?
        weak var probe: Stopwatch?
        var safeToTick = false
        do {
            let watch = Stopwatch(label: "c")
            watch.ticker.tick()
            XCTAssertEqual(watch.elapsed, 1, "one tick must give elapsed == 1")
            // Take render out of the picture (its capture is checked by the generated tests),
            // so that only the ticker's closure can still refer to the stopwatch.
            watch.render = { "replaced" }
            // Only a weak capture may run after the stopwatch is gone: an unowned one
            // would crash, an unowned(unsafe) one would write into freed memory.
            safeToTick = _getUnownedRetainCount(watch) == 1 && _getWeakRetainCount(watch) == 2
            XCTAssertTrue(safeToTick,
                          "ticker.onTick must capture self with [weak self] (not strongly, not `unowned`, not `unowned(unsafe)`): only a weak capture is safe when the ticker ticks after its stopwatch is gone")
            kept = watch.ticker
            probe = watch
        }
        XCTAssertNil(probe, "the stopwatch must be freed even though its ticker is still held elsewhere")
        // With an unowned capture the ticks below would crash the test run; stop here instead.
        guard probe == nil, safeToTick else { return }
        kept?.tick()
        kept?.tick()
        XCTAssertNotNil(kept, "the ticker is still alive and can tick after its stopwatch is gone")
    }

    func testRenderShowsTheCurrentLabelAndCountEveryTime() {
        let first = Stopwatch(label: "first")
        let second = Stopwatch(label: "second")
        XCTAssertEqual(first.render(), "first: 0s", "a new stopwatch renders as \"<label>: 0s\"")
        first.ticker.tick()
        XCTAssertEqual(first.render(), "first: 1s",
                       "render() must read elapsed when it is called, not the value it had when the closure was made")
        for _ in 0..<11 { second.ticker.tick() }
        XCTAssertEqual(second.render(), "second: 11s", "each stopwatch renders its own label and count")
        XCTAssertEqual(first.render(), "first: 1s", "ticking one stopwatch must not change another")
        XCTAssertEqual(first.elapsed, 1, "each stopwatch counts only its own ticker's ticks")
    }
}
