// Plausible wrong answer: asks cb_fill for one byte more than the array holds, "room for a
// terminator" as with C strings: a one-byte heap overflow that crashes only sometimes.
import CBytes
import Foundation

func checksum(of words: [UInt32]) -> UInt32 {
    words.withUnsafeBytes { cb_fnv1a($0.baseAddress, $0.count) }
}

func checksum(of text: String) -> UInt32 {
    var text = text
    return text.withUTF8 { cb_fnv1a($0.baseAddress, $0.count) }
}

func checksum(ofBytes source: some ContiguousBytes) -> UInt32 {
    source.withUnsafeBytes { cb_fnv1a($0.baseAddress, $0.count) }
}

func seededWords(count: Int, seed: UInt32) -> [UInt32] {
    var words = [UInt32](repeating: 0, count: count)
    words.withUnsafeMutableBytes { raw in
        if raw.count > 0 { cb_fill(raw.baseAddress, raw.count + 1, seed) }
    }
    return words
}

func total(of xs: [Double]) -> Double {
    xs.withUnsafeBufferPointer { cb_sum($0.baseAddress, $0.count) }
}
