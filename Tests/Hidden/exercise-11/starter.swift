// Exercise 11: unsafe buffers, used safely
//
// The C library CBytes (header below, already built for you) is the "hot path".
// Your job is the thin Swift glue that hands it Swift memory WITHOUT copying:
//
//     uint32_t cb_fnv1a(const void *bytes, size_t nbytes);     // BYTE count
//     void     cb_fill(void *out, size_t nbytes, uint32_t seed); // BYTE count
//     double   cb_sum(const double *xs, size_t count);          // ELEMENT count
//
// Write these four functions, each making exactly the C call named:
//
//   checksum(of words: [UInt32]) -> UInt32
//       cb_fnv1a over the raw bytes of the array (4 bytes per word, in memory
//       order). Use `withUnsafeBytes`.
//   checksum(of text: String) -> UInt32
//       cb_fnv1a over the UTF-8 bytes of the text, WITHOUT the terminating NUL.
//       "héllo" is 6 UTF-8 bytes but 5 Characters: the byte count is what C needs.
//   seededWords(count: Int, seed: UInt32) -> [UInt32]
//       an array of `count` words whose bytes were ALL written by cb_fill
//       (count * 4 bytes). Use `withUnsafeMutableBytes` on the array you return.
//   total(of xs: [Double]) -> Double
//       cb_sum over the array. Use `withUnsafeBufferPointer`.
//
// Rules the checker enforces:
//   - the results match what C computes over the right number of bytes;
//   - the C functions are really called (CBytes counts its calls);
//   - empty inputs work (an empty buffer's baseAddress may be nil; C accepts
//     NULL with a count of 0);
//   - the pointer never leaves the closure that lent it to you: no
//     `let p = xs.withUnsafeBufferPointer { $0 }`.
//
// This starter compiles but returns placeholders.

import CBytes

func checksum(of words: [UInt32]) -> UInt32 {
    return 0 // TODO: words.withUnsafeBytes { raw in cb_fnv1a(...) }
}

func checksum(of text: String) -> UInt32 {
    return 0 // TODO
}

func seededWords(count: Int, seed: UInt32) -> [UInt32] {
    return [] // TODO: var words = [UInt32](repeating: 0, count: count); words.withUnsafeMutableBytes { ... }
}

func total(of xs: [Double]) -> Double {
    return 0 // TODO: xs.withUnsafeBufferPointer { ... }
}
