// Blind spot: checksum(of text:) lends the string with withCString and measures it with strlen, so the hash stops at an embedded NUL.
// Exposed by: checksum(of: "a\u{0}b")
//   reference: FNV-1a over the 3 bytes [0x61, 0x00, 0x62] (cb_last_length() == 3); this: FNV-1a over [0x61] only (cb_last_length() == 1).
//
// Exercise 11: unsafe buffers, used safely (blind-spot wrong answer)

import CBytes
import Foundation

func checksum(of words: [UInt32]) -> UInt32 {
    words.withUnsafeBytes { raw in
        cb_fnv1a(raw.baseAddress, raw.count)          // raw.count is already in bytes
    }
}

func checksum(of text: String) -> UInt32 {
    text.withCString { cString in
        cb_fnv1a(cString, strlen(cString))            // C's own length: the bytes before the NUL
    }
}

func checksum(ofBytes source: some ContiguousBytes) -> UInt32 {
    source.withUnsafeBytes { raw in
        cb_fnv1a(raw.baseAddress, raw.count)          // inside the loan: the bytes are valid only here
    }
}

func seededWords(count: Int, seed: UInt32) -> [UInt32] {
    var words = [UInt32](repeating: 0, count: count)
    words.withUnsafeMutableBytes { raw in
        cb_fill(raw.baseAddress, raw.count, seed)     // count * 4 bytes
    }
    return words
}

func total(of xs: [Double]) -> Double {
    xs.withUnsafeBufferPointer { buffer in
        cb_sum(buffer.baseAddress, buffer.count)      // element count
    }
}
