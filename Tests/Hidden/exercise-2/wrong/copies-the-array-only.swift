// Plausible wrong answer: the Python habit `list(layers)` / `layers[:]`.
// A new array, but every element is still a reference to the old layer.
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
        var fresh: [Layer] = []
        for layer in layers {
            fresh.append(layer)
        }
        return Drawing(title: title, layers: fresh)
    }
}
