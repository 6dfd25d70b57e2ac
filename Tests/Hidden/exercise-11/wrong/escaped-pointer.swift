// Plausible wrong answer: takes the pointer out of withUnsafeBytes and calls C after the
// closure returned (`let raw = source.withUnsafeBytes { $0 }`), when the loan is over.
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
    let raw = source.withUnsafeBytes { $0 }
    return cb_fnv1a(raw.baseAddress, raw.count)
}

func seededWords(count: Int, seed: UInt32) -> [UInt32] {
    var words = [UInt32](repeating: 0, count: count)
    words.withUnsafeMutableBytes { cb_fill($0.baseAddress, $0.count, seed) }
    return words
}

func total(of xs: [Double]) -> Double {
    xs.withUnsafeBufferPointer { cb_sum($0.baseAddress, $0.count) }
}
