// Plausible wrong answer: "a struct is a value, so returning self is a copy".
// The layers array is copied, but it still holds the same Layer objects.
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
        return self
    }
}
