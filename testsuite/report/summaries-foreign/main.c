#include "s.h"
int main (void) { struct S s; f (&s); return s.p == 0; }
