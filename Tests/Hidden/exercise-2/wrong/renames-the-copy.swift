// Plausible wrong answer: the desktop habit of naming a duplicate
// "Copy of ...". The task asks for the same title: a duplicate is an equal,
// independent value, not a renamed one.

final class Layer {
    var name: String
    var pixels: [UInt8]
    var isVisible: Bool

    init(name: String, pixels: [UInt8], isVisible: Bool = true) {
        self.name = name
        self.pixels = pixels
        self.isVisible = isVisible
    }
}

struct Drawing {
    var title: String
    var layers: [Layer]

    func duplicated() -> Drawing {
        let copies = layers.map { layer in
            Layer(name: layer.name, pixels: layer.pixels, isVisible: layer.isVisible)
        }
        return Drawing(title: "Copy of " + title, layers: copies)
    }
}
