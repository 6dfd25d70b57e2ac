#ifndef CLAMP_H
#define CLAMP_H
int clamp_int(int value, int low, int high);
#endif
