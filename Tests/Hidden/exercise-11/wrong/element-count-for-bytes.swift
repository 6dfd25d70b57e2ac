// Plausible wrong answer: passes the element count where C wants a byte count.
import CBytes
import Foundation

func checksum(of words: [UInt32]) -> UInt32 {
    words.withUnsafeBufferPointer { buffer in
        cb_fnv1a(buffer.baseAddress, buffer.count)
    }
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
        cb_fill(raw.baseAddress, count, seed)
    }
    return words
}

func total(of xs: [Double]) -> Double {
    xs.withUnsafeBufferPointer { cb_sum($0.baseAddress, $0.count) }
}
