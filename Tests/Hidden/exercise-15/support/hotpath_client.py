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


def min_max(lib, values):
    lo = ctypes.c_double(12345.0)   # sentinels: must stay untouched on failure
    hi = ctypes.c_double(12345.0)
    status = lib.course_min_max(doubles(values), len(values), ctypes.byref(lo), ctypes.byref(hi))
    return [status, lo.value, hi.value]


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
        "sum_big": lib.course_sum_of_squares(doubles(big), len(big)),
        "sum_big_python": sum(x * x for x in big),
        "min_max": min_max(lib, [3.5, -1.25, 8.0, 0.0]),
        "min_max_single": min_max(lib, [-7.5]),
        "min_max_empty": min_max(lib, []),
        "words": lib.course_count_words("héllo  wörld\tça va\n".encode("utf-8")),
        "words_python": len("héllo  wörld\tça va\n".split()),
        "words_empty": lib.course_count_words(b""),
        "words_spaces": lib.course_count_words(b"  \t\n "),
        "words_null": lib.course_count_words(None),
    }
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
