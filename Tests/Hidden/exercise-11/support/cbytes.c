#include "cbytes.h"

static unsigned long calls = 0;

uint32_t cb_fnv1a(const void *bytes, size_t nbytes) {
    calls++;
    const unsigned char *p = (const unsigned char *)bytes;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < nbytes; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

void cb_fill(void *out, size_t nbytes, uint32_t seed) {
    calls++;
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
    calls++;
    double s = 0.0;
    for (size_t i = 0; i < count; i++) s += xs[i];
    return s;
}

unsigned long cb_calls(void) { return calls; }
