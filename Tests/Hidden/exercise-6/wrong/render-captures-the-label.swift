// Blind spot: render captures the label by value next to [weak self] and falls back to 0 for elapsed, so a render closure kept after its stopwatch died returns "<label>: 0s" instead of "".
// Exposed by: var r: (() -> String)?; do { let w = Stopwatch(label: "c"); w.ticker.tick(); r = w.render }; r!()
//   reference: "" (the stopwatch is gone); this: "c: 0s".
//
// Exercise 6: closures that hold on to their owner (blind-spot wrong answer)
//
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
        render = { [weak self, label] in
            "\(label): \(self?.elapsed ?? 0)s"
        }
    }
}
