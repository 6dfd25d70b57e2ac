#include "bus.h"
#include <stdlib.h>

struct subscription {
    int32_t token;
    bus_handler handler;
    void *context;
};

struct bus {
    struct subscription subs[BUS_MAX_SUBSCRIBERS];
    int32_t count;
    int32_t next_token;
};

bus *bus_create(void) {
    bus *b = calloc(1, sizeof(bus));
    return b;
}

void bus_destroy(bus *b) { free(b); }

int32_t bus_subscribe(bus *b, bus_handler handler, void *context) {
    if (b == NULL || handler == NULL || b->count >= BUS_MAX_SUBSCRIBERS) return -1;
    struct subscription *s = &b->subs[b->count++];
    s->token = b->next_token++;
    s->handler = handler;
    s->context = context;
    return s->token;
}

void *bus_unsubscribe(bus *b, int32_t token) {
    if (b == NULL) return NULL;
    for (int32_t i = 0; i < b->count; i++) {
        if (b->subs[i].token == token) {
            void *context = b->subs[i].context;
            for (int32_t j = i + 1; j < b->count; j++) b->subs[j - 1] = b->subs[j];
            b->count--;
            return context;
        }
    }
    return NULL;
}

void bus_publish(bus *b, int32_t value) {
    if (b == NULL) return;
    for (int32_t i = 0; i < b->count; i++) b->subs[i].handler(value, b->subs[i].context);
}

int32_t bus_subscriber_count(const bus *b) { return b ? b->count : 0; }
