// Plausible wrong answer: `[unowned(unsafe) self]`, "the fastest capture,
// with no reference counting". It breaks the cycle, but a ticker that
// outlives its stopwatch then runs `elapsed += 1` on freed memory: a use after
// free that may crash, corrupt the heap, or seem to work.

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
        ticker.onTick = { [unowned(unsafe) self] in
            self.elapsed += 1
        }
        render = { [weak self] in
            guard let self else { return "" }
            return "\(self.label): \(self.elapsed)s"
        }
    }
}
