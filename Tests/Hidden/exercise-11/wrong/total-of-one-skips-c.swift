// Blind spot: total(of:) answers a one-element array itself without calling cb_sum; C's sum starts at +0.0, so the reference turns [-0.0] into +0.0, and C is never told about the call.
// Exposed by: total(of: [-0.0])
//   reference: +0.0 (0.0 + -0.0 in cb_sum; sign bit clear), cb_last_length() == 1; this: -0.0 (sign bit set), cb_last_length() unchanged from the previous call.
//   (XCTAssertEqual(-0.0, 0.0) passes: compare bit patterns or .sign.)
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
    var text = text                                  // withUTF8 may make the storage contiguous
    return text.withUTF8 { utf8 in
        cb_fnv1a(utf8.baseAddress, utf8.count)        // UTF-8 byte count, no NUL
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
    if xs.count == 1 { return xs[0] }                // one number is its own total
    return xs.withUnsafeBufferPointer { buffer in
        cb_sum(buffer.baseAddress, buffer.count)      // element count
    }
}
