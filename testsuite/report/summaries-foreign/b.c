#include "s.h"
static int G;
void g (struct S *s) { s->p = &G; }
