"""The Python side of exercise 15: glue code that loads the learner's Swift
shared library with ctypes and calls its exported C functions.

usage: python3 hotpath_client.py /path/to/libexercise.so
Prints ONE JSON object describing what came back; exit status 0 on success,
2 if the library or one of its symbols cannot be loaded."""
import ctypes
import json
import sys


def load(path):
    lib = ctypes.CDLL(path)
    # Declaring argtypes/restype is the whole contract: ctypes cannot read a
    # header, so a wrong declaration here (or in Swift) is silent garbage.
    lib.course_sum_of_squares.argtypes = [ctypes.POINTER(ctypes.c_double), ctypes.c_int64]
    lib.course_sum_of_squares.restype = ctypes.c_double
    lib.course_min_max.argtypes = [ctypes.POINTER(ctypes.c_double), ctypes.c_int64,
                                   ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)]
    lib.course_min_max.restype = ctypes.c_int32
    lib.course_count_words.argtypes = [ctypes.c_char_p]
    lib.course_count_words.restype = ctypes.c_int64
    return lib


def doubles(values):
    return (ctypes.c_double * len(values))(*values)


def min_max(lib, values, n=None, xs_null=False, min_null=False, max_null=False):
    lo = ctypes.c_double(12345.0)   # sentinels: must stay untouched on failure
    hi = ctypes.c_double(12345.0)
    status = lib.course_min_max(None if xs_null else doubles(values),
                                len(values) if n is None else n,
                                None if min_null else ctypes.byref(lo),
                                None if max_null else ctypes.byref(hi))
    return [status, lo.value, hi.value]


# Texts whose word count must equal Python's own len(text.split()).
WORD_TEXTS = [
    "héllo  wörld\tça va\n",
    "",
    "  \t\n ",
    "  leading and trailing  ",
    "one",
    "\r\n\r\nwindows\r\nlines\r\n",
    "vertical\vtab\fform feed",
    "unit\x1fsep\x1erecord\x1dgroup\x1cfile",
    "no\u00a0break space",
    "em\u2003space and\u3000ideographic",
    "line\u2028sep para\u2029sep next\x85line",
    "narrow\u202fnbsp\u205fmath\u1680ogham",
    "zero\u200bwidth is not a space",
    "a \u0301b",
    "accent after a space \u0301",
    "x\u00a0\u00a0\u00a0y",
    "escape\x1bis not\x7fa space",
    "\x1c\x1d\x1e\x1f",
]


def main():
    try:
        lib = load(sys.argv[1])
    except (OSError, AttributeError) as error:
        print(json.dumps({"error": str(error)}))
        return 2

    big = [i * 0.001 for i in range(10_000)]
    report = {
        "sum_small": lib.course_sum_of_squares(doubles([1.5, -2.0, 3.0]), 3),
        "sum_empty": lib.course_sum_of_squares(doubles([]), 0),
        "sum_single": lib.course_sum_of_squares(doubles([-2.5]), 1),
        "sum_prefix": lib.course_sum_of_squares(doubles([1.0, 2.0, 3.0, 100.0, 1000.0]), 3),
        "sum_null": lib.course_sum_of_squares(None, 3),
        "sum_negative_n": lib.course_sum_of_squares(doubles([4.0, 5.0]), -1),
        "sum_big": lib.course_sum_of_squares(doubles(big), len(big)),
        "sum_big_python": sum(x * x for x in big),
        "min_max": min_max(lib, [3.5, -1.25, 8.0, 0.0]),
        "min_max_single": min_max(lib, [-7.5]),
        "min_max_positive": min_max(lib, [2.5, 9.0, 4.0]),
        "min_max_negative": min_max(lib, [-2.5, -9.0, -4.0]),
        "min_max_ends": min_max(lib, [6.0, 1.0, 2.0, 3.0, 0.5]),
        "min_max_empty": min_max(lib, []),
        "min_max_negative_n": min_max(lib, [1.0, 2.0], n=-2),
        "min_max_null_xs": min_max(lib, [1.0, 2.0], xs_null=True),
        "min_max_null_min": min_max(lib, [1.0, 2.0], min_null=True),
        "min_max_null_max": min_max(lib, [1.0, 2.0], max_null=True),
        "words": lib.course_count_words("héllo  wörld\tça va\n".encode("utf-8")),
        "words_python": len("héllo  wörld\tça va\n".split()),
        "words_empty": lib.course_count_words(b""),
        "words_spaces": lib.course_count_words(b"  \t\n "),
        "words_null": lib.course_count_words(None),
        "words_cases": [
            {"text": ascii(text), "yours": lib.course_count_words(text.encode("utf-8")),
             "python": len(text.split())}
            for text in WORD_TEXTS
        ],
    }
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
