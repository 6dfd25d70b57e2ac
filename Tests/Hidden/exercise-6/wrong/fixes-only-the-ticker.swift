// Plausible wrong answer: the ticker closure is fixed, but the stored
// `render` closure still captures self strongly (the cycle nobody sees).

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
        render = {
            "\(self.label): \(self.elapsed)s"
        }
    }
}
