/* Runs only its own unit's code and the C library's: calls_out false,
   unless the unit is built with GCC's instrumentation (CALLS_OUT), whose
   hooks (__sanitizer_cov_trace_pc) the program may define in another
   unit, where they may call anything.  */
#include <string.h>

int
leaf (const char *s)
{
  return (int) strlen (s) + 1;
}
