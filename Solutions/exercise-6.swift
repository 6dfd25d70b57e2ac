// Exercise 6: closures that hold on to their owner (reference solution)
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
        render = { [weak self] in
            guard let self else { return "" }
            return "\(self.label): \(self.elapsed)s"
        }
    }
}
