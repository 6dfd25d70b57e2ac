// Plausible wrong answer: builds a byte array from the words first, the way Python code
// would with struct.pack('<I', w), and hashes that copy instead of the array's own storage.
import CBytes
import Foundation

func checksum(of words: [UInt32]) -> UInt32 {
    let bytes: [UInt8] = words.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * UInt32($0))) } }
    return bytes.withUnsafeBufferPointer { cb_fnv1a($0.baseAddress, $0.count) }
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
    words.withUnsafeMutableBytes { cb_fill($0.baseAddress, $0.count, seed) }
    return words
}

func total(of xs: [Double]) -> Double {
    xs.withUnsafeBufferPointer { cb_sum($0.baseAddress, $0.count) }
}
