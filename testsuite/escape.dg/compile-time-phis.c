/* A call argument reached through a chain of PHIs, each with dozens of
   arguments that are the previous PHI: the walks over a value's
   definitions must visit each name once, not once per path (48^7 paths
   here; an interpreter's dispatch loop looks like this).  Finishing within
   DejaGnu's timeout is the test.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-m" } */
#include <stdlib.h>

__attribute__ ((noinline)) void
use (void *q) /* { dg-message "^leaking param: q$" } */
{
  __asm__ volatile ("" : : "r" (q));
}

void h (int);

#define C(j) case j: h (j); break;
#define C8(j) C (j) C (j + 1) C (j + 2) C (j + 3) C (j + 4) C (j + 5) \
	      C (j + 6) C (j + 7)
#define SWITCH(d) \
  switch (k >> d) \
    { \
      C8 (0) C8 (8) C8 (16) C8 (24) C8 (32) C8 (40) \
    default: p += d + 1; break; \
    }

void
f (int k)
{
  char *p = malloc (512); /* { dg-message "^malloc\\(512\\) escapes to heap$" } */
  SWITCH (0) SWITCH (1) SWITCH (2) SWITCH (3)
  SWITCH (4) SWITCH (5) SWITCH (6) SWITCH (7)
  use (p);
}
