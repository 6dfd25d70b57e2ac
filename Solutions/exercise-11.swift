// Exercise 11: unsafe buffers, used safely
//
// The C library CBytes (header below, already built for you) is the "hot path".
// Your job is the thin Swift glue that hands it Swift memory WITHOUT copying:
//
//     uint32_t cb_fnv1a(const void *bytes, size_t nbytes);     // BYTE count
//     void     cb_fill(void *out, size_t nbytes, uint32_t seed); // BYTE count
//     double   cb_sum(const double *xs, size_t count);          // ELEMENT count
//
// Write these five functions, each making exactly the C call named:
//
//   checksum(of words: [UInt32]) -> UInt32
//       cb_fnv1a over the raw bytes of the array (4 bytes per word, in memory
//       order). Use `withUnsafeBytes`.
//   checksum(of text: String) -> UInt32
//       cb_fnv1a over the UTF-8 bytes of the text, WITHOUT the terminating NUL.
//       "héllo" is 6 UTF-8 bytes but 5 Characters: the byte count is what C needs.
//   checksum(ofBytes source: some ContiguousBytes) -> UInt32
//       cb_fnv1a over the bytes that `source` lends you. ContiguousBytes
//       (Foundation) is anything with `withUnsafeBytes`: Data, [UInt8], a raw
//       buffer... Its bytes are valid ONLY inside the closure you pass to
//       `source.withUnsafeBytes`, so the C call must happen in there.
//   seededWords(count: Int, seed: UInt32) -> [UInt32]
//       an array of `count` words whose bytes were ALL written by cb_fill
//       (count * 4 bytes, not one more). Use `withUnsafeMutableBytes` on the
//       array you return.
//   total(of xs: [Double]) -> Double
//       cb_sum over the array. Use `withUnsafeBufferPointer`.
//
// Rules the checker enforces:
//   - the results match what C computes over the right number of bytes;
//   - the C functions are really called, with the exact length in their own
//     unit and, for the arrays, a pointer to the array's own storage, not to
//     a copy (CBytes records the pointer and length of its last call);
//   - empty inputs work (an empty buffer's baseAddress may be nil; C accepts
//     NULL with a count of 0);
//   - the pointer never leaves the closure that lent it to you: no
//     `let p = xs.withUnsafeBufferPointer { $0 }`. The checker sees this
//     through checksum(ofBytes:): it lends bytes that it overwrites as soon
//     as its `withUnsafeBytes` closure returns, and it notes whether C was
//     called inside the loan or after it.
//
// This starter compiles but returns placeholders.

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
    xs.withUnsafeBufferPointer { buffer in
        cb_sum(buffer.baseAddress, buffer.count)      // element count
    }
}
