// Blind spot: render builds its text with String(format:) and puts the label into the format string, so a label containing % is read as a conversion.
// Exposed by: let w = Stopwatch(label: "a%db"); w.ticker.tick(); w.render()
//   reference: "a%db: 1s"; this: "a1b: 0s" (label "100%": reference "100%: 1s", this "100: 1s").
//
// Exercise 6: closures that hold on to their owner (blind-spot wrong answer)

import Foundation
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
            return String(format: "\(self.label): %lds", self.elapsed)
        }
    }
}
