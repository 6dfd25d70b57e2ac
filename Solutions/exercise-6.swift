// Exercise 6: closures that hold on to their owner
//
// A closure keeps alive everything it captures. When an object stores a
// closure that captures `self`, the object holds the closure and the closure
// holds the object: a retain cycle, even though no property points back.
//
// `Stopwatch` has two such cycles:
//   1. it owns a `Ticker` whose `onTick` closure captures `self`
//      (Stopwatch -> Ticker -> closure -> Stopwatch);
//   2. it stores its own `render` closure, which captures `self`
//      (Stopwatch -> closure -> Stopwatch).
// So a Stopwatch is never freed (its `deinit` never runs).
//
// What to do: add capture lists so that both cycles are broken, while
//   - ticks still count while the stopwatch is alive (`elapsed` goes up by
//     one per `ticker.tick()`), and `render()` still returns "<label>: <n>s";
//   - a stopwatch is freed once nobody outside holds it;
//   - a Ticker that somebody else keeps (it can outlive the stopwatch) can
//     still `tick()` afterwards: nothing happens and nothing crashes;
//   - a `render` closure that somebody else keeps and calls after its
//     stopwatch was freed returns "" (the empty string), without crashing.
// The last two rules decide between `[weak self]` and `[unowned self]` for
// each closure.

// Both closures capture `self` weakly. The ticker's closure MUST be weak:
// the ticker can outlive the stopwatch, and an unowned capture would crash
// on the next tick.

final class Ticker {
    var onTick: (() -> Void)?

    func tick() {
        onTick?()
    }
}

final class Stopwatch {
    let label: String
    let ticker = Ticker()
    private(set) var elapsed = 0
    var render: () -> String = { "" }

    init(label: String) {
        self.label = label
        ticker.onTick = { [weak self] in
            self?.elapsed += 1
        }
        render = { [weak self] in
            guard let self else { return "" }
            return "\(self.label): \(self.elapsed)s"
        }
    }
}
