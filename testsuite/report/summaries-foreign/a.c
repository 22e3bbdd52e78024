#include "s.h"
void f (struct S *s) { g (s); }
