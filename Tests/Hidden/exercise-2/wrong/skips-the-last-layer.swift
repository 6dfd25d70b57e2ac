// Plausible wrong answer: an index loop written from a Python
// `range(len(layers) - 1)` habit, which drops the last layer. (It also
// crashes on an empty drawing, where the range would be 0..<-1.)

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
        var copies: [Layer] = []
        for i in 0..<layers.count - 1 {
            let layer = layers[i]
            copies.append(Layer(name: layer.name, pixels: layer.pixels, isVisible: layer.isVisible))
        }
        return Drawing(title: title, layers: copies)
    }
}
