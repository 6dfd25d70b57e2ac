#ifndef CBYTES_H
#define CBYTES_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a (32-bit) over `nbytes` raw bytes. `bytes` may be NULL when nbytes is 0. */
uint32_t cb_fnv1a(const void *bytes, size_t nbytes);

/* Fills `nbytes` bytes at `out` with a deterministic pseudo-random stream
   derived from `seed` (xorshift32, one byte per step). */
void cb_fill(void *out, size_t nbytes, uint32_t seed);

/* Sum of `count` doubles (an ELEMENT count, not a byte count). */
double cb_sum(const double *xs, size_t count);

/* How many times the three functions above have been called in this process. */
unsigned long cb_calls(void);

/* The pointer and the length (in that function's own unit) that the most
   recent call of the three functions above received. */
const void *cb_last_pointer(void);
size_t cb_last_length(void);

#endif
