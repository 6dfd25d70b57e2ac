// Plausible wrong answer: `[self]` in the capture lists. It silences the
// compiler's request for an explicit `self.`, so it looks like a fix, but it
// is a STRONG capture: both cycles stay.

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
        ticker.onTick = { [self] in
            elapsed += 1
        }
        render = { [self] in
            "\(label): \(elapsed)s"
        }
    }
}
