// Plausible wrong answer: only the outer type became a struct. Swatch is
// still a class, so copying a palette copies the array of references and both
// palettes share every swatch (Python's shallow `copy.copy`).

final class Swatch {
    var name: String
    var brightness: Int   // 0 (black) to 100 (full brightness)

    init(name: String, brightness: Int) {
        self.name = name
        self.brightness = brightness
    }
}

struct Palette {
    var name: String
    var swatches: [Swatch]

    init(name: String, swatches: [Swatch]) {
        self.name = name
        self.swatches = swatches
    }

    /// Adds `swatch` at the end of the palette.
    mutating func add(_ swatch: Swatch) {
        swatches.append(swatch)
    }

    /// Lowers every swatch's brightness by `amount`, but never below 0.
    mutating func dim(by amount: Int) {
        for i in swatches.indices {
            swatches[i].brightness = max(0, swatches[i].brightness - amount)
        }
    }

    /// Returns a dimmed copy; the palette it is called on stays as it is.
    func dimmed(by amount: Int) -> Palette {
        var result = self   // a real copy: Palette is a value
        result.dim(by: amount)
        return result
    }
}
