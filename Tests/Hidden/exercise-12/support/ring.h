#ifndef RING_H
#define RING_H

#include <stddef.h>
#include <stdint.h>

/* A fixed-capacity ring buffer of int64_t. Opaque: Swift sees `OpaquePointer`. */
typedef struct ring ring;

/* Allocates a ring. Returns NULL if capacity is 0. Every non-NULL result must
   be passed to ring_destroy exactly once. */
ring *ring_create(size_t capacity);

/* Frees a ring. Destroying something that is not a live ring (already
   destroyed, or never created) does NOT crash here: it is counted as a bad
   free, see ring_bad_calls(). */
void ring_destroy(ring *r);

/* Appends a value. Returns 0 on success, -1 if the ring is full or not live. */
int ring_push(ring *r, int64_t value);

/* Removes the oldest value into *out. Returns 0 on success, -1 if the ring is
   empty or not live (then *out is left untouched). */
int ring_pop(ring *r, int64_t *out);

/* Number of values currently stored (0 if not live). */
size_t ring_count(const ring *r);

/* Leak and misuse detectors for the test suite. */
long ring_live_count(void);   /* rings created and not yet destroyed */
long ring_bad_calls(void);    /* destroy/push/pop/count on something not live */
long ring_create_calls(void); /* how many times ring_create was called at all */
void ring_fail_next_create(void); /* the next ring_create returns NULL, as if out of memory */

#endif
