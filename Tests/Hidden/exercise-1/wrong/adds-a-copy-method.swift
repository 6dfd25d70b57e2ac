// Plausible wrong answer: keep the class and add a `copy()` method.
// Nobody calls it on `var b = a`, so the aliasing stays.
class Palette {
    var name: String
    var colors: [String]

    init(name: String, colors: [String]) {
        self.name = name
        self.colors = colors
    }

    func copy() -> Palette {
        Palette(name: name, colors: colors)
    }
}
