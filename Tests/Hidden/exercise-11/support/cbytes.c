#include "cbytes.h"

static unsigned long calls = 0;
static const void *last_pointer = 0;
static size_t last_length = 0;

static void record(const void *p, size_t n) {
    calls++;
    last_pointer = p;
    last_length = n;
}

uint32_t cb_fnv1a(const void *bytes, size_t nbytes) {
    record(bytes, nbytes);
    const unsigned char *p = (const unsigned char *)bytes;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < nbytes; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

void cb_fill(void *out, size_t nbytes, uint32_t seed) {
    record(out, nbytes);
    unsigned char *p = (unsigned char *)out;
    uint32_t x = seed ? seed : 0x9E3779B9u;
    for (size_t i = 0; i < nbytes; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        p[i] = (unsigned char)(x & 0xFF);
    }
}

double cb_sum(const double *xs, size_t count) {
    record(xs, count);
    double s = 0.0;
    for (size_t i = 0; i < count; i++) s += xs[i];
    return s;
}

unsigned long cb_calls(void) { return calls; }
const void *cb_last_pointer(void) { return last_pointer; }
size_t cb_last_length(void) { return last_length; }
