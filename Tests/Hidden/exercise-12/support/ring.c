#include "ring.h"
#include <stdlib.h>

struct ring {
    int64_t *slots;
    size_t capacity;
    size_t head;    /* index of the oldest value */
    size_t count;
};

/* Registry of live rings, so misuse is detected instead of corrupting memory.
   A destroyed ring's memory is kept (quarantined) and never reused, so a
   pointer to it can never be confused with a new ring. */
#define MAX_RINGS 4096
static ring *live[MAX_RINGS];
static long live_count = 0;
static long bad_calls = 0;
static long create_calls = 0;
static int fail_next_create = 0;

static int find_live(const ring *r) {
    if (r == NULL) return -1;
    for (int i = 0; i < MAX_RINGS; i++)
        if (live[i] == r) return i;
    return -1;
}

ring *ring_create(size_t capacity) {
    create_calls++;
    if (fail_next_create) { fail_next_create = 0; return NULL; }
    if (capacity == 0) return NULL;
    /* A negative Swift Int arrives here as a huge size_t. Refuse it instead of
       letting capacity * sizeof(int64_t) wrap around to a tiny allocation. */
    if (capacity > ((size_t)1 << 40)) return NULL;
    int slot = -1;
    for (int i = 0; i < MAX_RINGS; i++)
        if (live[i] == NULL) { slot = i; break; }
    if (slot < 0) return NULL;
    ring *r = malloc(sizeof(ring));
    if (!r) return NULL;
    r->slots = malloc(capacity * sizeof(int64_t));
    if (!r->slots) { free(r); return NULL; }
    r->capacity = capacity;
    r->head = 0;
    r->count = 0;
    live[slot] = r;
    live_count++;
    return r;
}

void ring_destroy(ring *r) {
    int i = find_live(r);
    if (i < 0) { bad_calls++; return; }
    live[i] = NULL;
    live_count--;
    free(r->slots);
    r->slots = NULL;
    /* quarantine: `r` itself is deliberately not freed, so its address is
       never handed out again and a second destroy is always detected. */
}

int ring_push(ring *r, int64_t value) {
    if (find_live(r) < 0) { bad_calls++; return -1; }
    if (r->count == r->capacity) return -1;
    r->slots[(r->head + r->count) % r->capacity] = value;
    r->count++;
    return 0;
}

int ring_pop(ring *r, int64_t *out) {
    if (find_live(r) < 0) { bad_calls++; return -1; }
    if (r->count == 0) return -1;
    *out = r->slots[r->head];
    r->head = (r->head + 1) % r->capacity;
    r->count--;
    return 0;
}

size_t ring_count(const ring *r) {
    if (find_live(r) < 0) { bad_calls++; return 0; }
    return r->count;
}

long ring_live_count(void) { return live_count; }
long ring_bad_calls(void) { return bad_calls; }
long ring_create_calls(void) { return create_calls; }
void ring_fail_next_create(void) { fail_next_create = 1; }
