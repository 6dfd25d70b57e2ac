// Exercise 9: calling C — errno and out-pointers
//
// Python's int("42") raises ValueError for "42abc" and happily builds a huge
// int for "99999999999999999999". C's strtol does neither: it stops quietly at
// the first character it cannot use and tells you where through an
// out-pointer (`endptr`), and it reports overflow only by clamping the result
// and setting the global `errno` to ERANGE.
//
// Write `parseLong(_:base:)` on top of libc's `strtol`, reporting every case:
//
//   - `.value(n)`  the WHOLE text is one integer in `base` (strtol itself skips
//                  leading whitespace, so "  -17" is -17; that is accepted).
//                  "Whitespace" and "the whole text" are C's: strtol skips
//                  what C's isspace does (" \t\n\v\f\r", so "\r\n42" is 42,
//                  but not Unicode spaces: "\u{A0}42" is .invalid), and the
//                  text reaches C through withCString as a C string, which
//                  ends at the first NUL: "12\u{0}abc" is .value(12);
//   - `.invalid`   no digits at all (strtol consumed nothing, e.g. "" or "abc"),
//                  or anything left over after the number ("12abc", "7 ",
//                  "7\n": unlike Python's int(), trailing whitespace counts);
//                  leftovers win over overflow: "99999999999999999999x" is
//                  .invalid, because the text is not one integer at all;
//   - `.overflow`  the whole text is one integer but it does not fit in an Int
//                  (strtol sets errno to ERANGE and returns Int.max or Int.min).
//
// strtol follows C's rules for `base`: in base 16 an optional "0x" prefix is
// allowed, and base 0 picks the base from the prefix ("0x1f" hex, "017" octal).
//
// Rules the checker enforces:
//   - call `strtol` (from Glibc/Foundation) and read its `endptr` out-pointer
//     to find where parsing stopped;
//   - errno is only meaningful right after a call that failed, and strtol does
//     NOT clear it on success: set `errno = 0` before the call, or a stale
//     ERANGE from somebody else's earlier call turns a valid "42" into an
//     overflow (the checker leaves errno = ERANGE lying around on purpose);
//   - never touch the pointers after `withCString` returns.
//
// This starter compiles but answers `.invalid` for everything.

import Foundation

enum ParseOutcome: Equatable {
    case value(Int)
    case invalid
    case overflow
}

func parseLong(_ text: String, base: Int32 = 10) -> ParseOutcome {
    text.withCString { start -> ParseOutcome in
        var end: UnsafeMutablePointer<CChar>? = nil
        errno = 0                                  // strtol never clears it for us
        let result = strtol(start, &end, base)
        let savedErrno = errno                     // read it before anything else can change it
        guard let stop = end, stop != UnsafeMutablePointer(mutating: start) else {
            return .invalid                        // no digits consumed
        }
        if stop.pointee != 0 {
            return .invalid                        // something left after the number
        }
        if savedErrno == ERANGE {
            return .overflow
        }
        return .value(result)
    }
}
