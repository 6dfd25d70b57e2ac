#ifndef BUS_H
#define BUS_H

#include <stdint.h>

/* A tiny C event bus. Subscribers register a plain C function plus a
   `void *context` that the bus stores and hands back on every publish.
   The bus never looks inside the context and never frees it. */
typedef struct bus bus;
typedef void (*bus_handler)(int32_t value, void *context);

#define BUS_MAX_SUBSCRIBERS 16

bus *bus_create(void);

/* Frees the bus. Contexts still registered are simply forgotten. */
void bus_destroy(bus *b);

/* Registers handler + context. Returns a token >= 0, or -1 if the bus already
   has BUS_MAX_SUBSCRIBERS subscribers. */
int32_t bus_subscribe(bus *b, bus_handler handler, void *context);

/* Removes the subscription and returns the context it was registered with, so
   the caller can release it. Returns NULL for an unknown token. */
void *bus_unsubscribe(bus *b, int32_t token);

/* Calls every subscribed handler, in subscription order, with (value, context). */
void bus_publish(bus *b, int32_t value);

int32_t bus_subscriber_count(const bus *b);

#endif
