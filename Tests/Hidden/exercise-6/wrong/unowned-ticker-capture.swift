// Plausible wrong answer: `[unowned self]` breaks both cycles, but the
// ticker can outlive the stopwatch, and its next tick would read a dangling
// reference and crash.

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
        ticker.onTick = { [unowned self] in
            self.elapsed += 1
        }
        render = { [weak self] in
            guard let self else { return "" }
            return "\(self.label): \(self.elapsed)s"
        }
    }
}
