// Plausible wrong answer: the Python default-argument trick
// (`lambda label=self.label, n=self.elapsed: ...`) as a capture list. Capturing
// the values instead of self breaks the cycle, but the closure keeps the
// values from the moment it was made, so render() never shows a tick.

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
        render = { [label = self.label, elapsed = self.elapsed] in
            "\(label): \(elapsed)s"
        }
    }
}
