// Plausible wrong answer: uses the String's Character count as the C length.
import CBytes
import Foundation

func checksum(of words: [UInt32]) -> UInt32 {
    words.withUnsafeBytes { cb_fnv1a($0.baseAddress, $0.count) }
}

func checksum(of text: String) -> UInt32 {
    text.withCString { cString in
        cb_fnv1a(cString, text.count)
    }
}

func checksum(ofBytes source: some ContiguousBytes) -> UInt32 {
    source.withUnsafeBytes { cb_fnv1a($0.baseAddress, $0.count) }
}

func seededWords(count: Int, seed: UInt32) -> [UInt32] {
    var words = [UInt32](repeating: 0, count: count)
    words.withUnsafeMutableBytes { cb_fill($0.baseAddress, $0.count, seed) }
    return words
}

func total(of xs: [Double]) -> Double {
    xs.withUnsafeBufferPointer { cb_sum($0.baseAddress, $0.count) }
}
