#include "driver.h"
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

static void copy_out(const char *s, char *out, size_t cap) {
    if (cap == 0) return;
    size_t n = strlen(s);
    if (n >= cap) n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
}

long driver_slugify(const char *title, char *out, size_t cap) {
    char *s = course_slugify(title);
    if (s == NULL) { if (cap) out[0] = '\0'; return -1; }
    long n = (long)strlen(s);
    copy_out(s, out, cap);
    course_string_free(s);
    return n;
}

int driver_two_at_once(const char *a, const char *b, char *out_a, char *out_b, size_t cap) {
    char *sa = course_slugify(a);
    char *sb = course_slugify(b);
    int status = (sa == NULL || sb == NULL) ? -1 : 0;
    if (sa) copy_out(sa, out_a, cap);
    if (sb) copy_out(sb, out_b, cap);
    course_string_free(sa);
    course_string_free(sb);
    return status;
}

long driver_heap_growth(const char *title, int rounds) {
    /* warm up: let the Swift runtime and malloc settle before measuring */
    for (int i = 0; i < 50; i++) course_string_free(course_slugify(title));
    struct mallinfo2 before = mallinfo2();
    for (int i = 0; i < rounds; i++) course_string_free(course_slugify(title));
    struct mallinfo2 after = mallinfo2();
    return (long)after.uordblks - (long)before.uordblks;
}

int driver_free_null(void) {
    course_string_free(NULL);
    return 0;
}

/* Leaves freed blocks full of 'x' in malloc's free lists, so that memory the
   next allocation receives is not zero by luck: a string whose NUL terminator
   was never written then reads on into the 'x's instead of stopping. */
static void dirty_heap(void) {
    enum { PER_SIZE = 12 };
    void *blocks[PER_SIZE * 32];
    int n = 0;
    for (size_t size = 16; size <= 512; size += 16)
        for (int i = 0; i < PER_SIZE; i++) {
            void *p = malloc(size);
            if (p) { memset(p, 'x', size); blocks[n++] = p; }
        }
    while (n > 0) free(blocks[--n]);
}

long driver_slugify_on_dirty_heap(const char *title, char *out, size_t cap) {
    dirty_heap();
    return driver_slugify(title, out, cap);
}

long driver_allocation_slack(const char *title) {
    char *s = course_slugify(title);
    if (s == NULL) return -1000000;
    long slack = (long)malloc_usable_size(s) - (long)(strlen(s) + 1);
    course_string_free(s);
    return slack;
}
