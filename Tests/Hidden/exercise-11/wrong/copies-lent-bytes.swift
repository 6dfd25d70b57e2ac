// Plausible wrong answer: copies the lent bytes into an Array first, like Python's
// bytes(memoryview), then hands C the copy: correct value, but not zero-copy and C runs after the loan.
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
    let copy: [UInt8] = source.withUnsafeBytes { Array($0) }
    return copy.withUnsafeBytes { cb_fnv1a($0.baseAddress, $0.count) }
}

func seededWords(count: Int, seed: UInt32) -> [UInt32] {
    var words = [UInt32](repeating: 0, count: count)
    words.withUnsafeMutableBytes { cb_fill($0.baseAddress, $0.count, seed) }
    return words
}

func total(of xs: [Double]) -> Double {
    xs.withUnsafeBufferPointer { cb_sum($0.baseAddress, $0.count) }
}
