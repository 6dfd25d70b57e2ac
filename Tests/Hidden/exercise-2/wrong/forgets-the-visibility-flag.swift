// Plausible wrong answer: new Layer objects, but built with the two fields
// that come to mind (name and pixels). The initializer's default makes every
// copied layer visible, so a hidden layer comes back shown.

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
            Layer(name: layer.name, pixels: layer.pixels)
        }
        return Drawing(title: title, layers: copies)
    }
}
