#ifndef DRIVER_H
#define DRIVER_H

#include <stddef.h>

/* ---- Implemented in SWIFT by you, exported with @c ---------------------- */

/* Returns a NEW NUL-terminated UTF-8 string owned by the caller, or NULL if
   `title` is NULL. The caller gives it back with course_string_free. */
char *course_slugify(const char *title);

/* Frees a string returned by course_slugify. Passing NULL does nothing. */
void course_string_free(char *s);

/* ---- The C test driver (driver.c) that plays "the caller" -------------- */

/* Calls course_slugify(title), copies the result into out (cap bytes, always
   NUL-terminated), frees it with course_string_free.
   Returns the result's length, or -1 if course_slugify returned NULL. */
long driver_slugify(const char *title, char *out, size_t cap);

/* Obtains BOTH results before reading either, then copies and frees them.
   Returns 0, or -1 if either result was NULL. */
int driver_two_at_once(const char *a, const char *b, char *out_a, char *out_b, size_t cap);

/* Calls course_slugify + course_string_free `rounds` times and returns how
   many bytes the malloc heap grew by (mallinfo2().uordblks, after - before). */
long driver_heap_growth(const char *title, int rounds);

/* Like driver_slugify, but first leaves malloc's free lists full of blocks
   filled with 'x', so a missing NUL terminator is read past, not hidden by
   memory that happened to be zero. */
long driver_slugify_on_dirty_heap(const char *title, char *out, size_t cap);

/* Calls course_slugify(title) and returns malloc_usable_size(result) minus
   (strlen(result) + 1): negative if the allocation cannot hold the string and
   its NUL, i.e. the NUL was written past the end. -1000000 for NULL. The
   result must come from malloc (strdup, malloc, or Swift's allocate). */
long driver_allocation_slack(const char *title);

/* Calls course_string_free(NULL). Returns 0. */
int driver_free_null(void);

#endif
