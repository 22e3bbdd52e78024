/* A buffer started in a slot, grown by realloc and returned: the slot
   grows into a new heap block at the first realloc that needs one, and
   only that block escapes (cJSON's print).  A buffer that never outgrows
   the slot is copied to the heap where it is returned, by the shrinking
   realloc that fits it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static char *
print_list (const int *v, int n) /* { dg-message "^v does not escape$" } */
{
  size_t cap = 16, len = 0;
  char *out = malloc (cap); /* { dg-message "^moved to stack: malloc\\(cap\\)$" } */
  /* { dg-message "^  realloc grows it into a new heap block, which escapes$" "" { target *-*-* } .-1 } */
  if (!out)
    return NULL;
  out[0] = 0;
  for (int i = 0; i < n; i++)
    {
      char num[16];
      int k = snprintf (num, sizeof num, "%s%d", i ? "," : "", v[i]);
      if (len + (size_t) k + 1 > cap)
	{
	  while (len + (size_t) k + 1 > cap)
	    cap *= 2;
	  char *bigger = realloc (out, cap); /* { dg-message "^realloc\\(out, cap\\) escapes to heap:$" } */
	  /* { dg-message "^  flow: bigger = &\\{storage for realloc\\(out, cap\\)\\}:$" "" { target *-*-* } .-1 } */
	  /* { dg-message "^    from bigger = realloc\\(out, cap\\) \\(assign\\) at \[^ \]*:29:26$" "" { target *-*-* } .-2 } */
	  /* { dg-message "^  flow: out = bigger:$" "" { target *-*-* } .-3 } */
	  /* { dg-message "^    from out = bigger \\(assign\\) at \[^ \]*:51:15$" "" { target *-*-* } .-4 } */
	  /* { dg-message "^  flow: out = out:$" "" { target *-*-* } .-5 } */
	  /* { dg-message "^    from out \\(where control flow merges\\) at \[^ \]*:51:15$" "" { target *-*-* } .-6 } */
	  /* { dg-message "^    from out \\(carried into the next loop iteration\\)$" "" { target *-*-* } .-7 } */
	  /* { dg-message "^  flow: exact = out:$" "" { target *-*-* } .-8 } */
	  /* { dg-message "^    from exact = realloc\\(out, len \\+ 1\\) \\(realloc may return its argument\\) at \[^ \]*:56:17$" "" { target *-*-* } .-9 } */
	  /* { dg-message "^  flow: \\{temp\\} = exact:$" "" { target *-*-* } .-10 } */
	  /* { dg-message "^    from return exact \\(assign\\) at \[^ \]*:71:10$" "" { target *-*-* } .-11 } */
	  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-12 } */
	  /* { dg-message "^    from return exact \\(where control flow merges\\) at \[^ \]*:71:10$" "" { target *-*-* } .-13 } */
	  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-14 } */
	  /* { dg-message "^    from return exact \\(return\\)$" "" { target *-*-* } .-15 } */
	  /* { dg-message "^realloc\\(out, cap\\) escapes to heap$" "" { target *-*-* } .-16 } */
	  if (!bigger)
	    {
	      free (out);
	      return NULL;
	    }
	  out = bigger;
	}
      memcpy (out + len, num, (size_t) k + 1);
      len += (size_t) k;
    }
  char *exact = realloc (out, len + 1); /* { dg-message "^realloc\\(out, len \\+ 1\\) escapes to heap:$" } */
  /* { dg-message "^  flow: exact = &\\{storage for realloc\\(out, len \\+ 1\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from exact = realloc\\(out, len \\+ 1\\) \\(assign\\) at \[^ \]*:56:17$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = exact:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return exact \\(assign\\) at \[^ \]*:71:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return exact \\(where control flow merges\\) at \[^ \]*:71:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return exact \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^realloc\\(out, len \\+ 1\\) escapes to heap$" "" { target *-*-* } .-9 } */
  if (!exact)
    {
      free (out);
      return NULL;
    }
  return exact;
}

int
main (void)
{
  int v[40];
  for (int i = 0; i < 40; i++)
    v[i] = i * 7;
  for (int n = 0; n <= 40; n++)
    {
      char *s = print_list (v, n); /* { dg-message "^print_list\\(&v, n\\) does not escape$" } */
      /* { dg-message "^print_list\\(&v, n\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-1 } */
      /* { dg-message "^  print_list makes it in a call the transform has already changed there$" "" { target *-*-* } .-2 } */
      /* { dg-message "^moved to stack: print_list\\(&v, n\\): realloc\\(out, len \\+ 1\\) at \[^ \]*:56$" "" { target *-*-* } .-3 } */
      /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-4 } */
      if (!s)
	abort ();
      char want[512] = "";
      size_t len = 0;
      for (int i = 0; i < n; i++)
	len += (size_t) sprintf (want + len, "%s%d", i ? "," : "", v[i]);
      if (strcmp (s, want) != 0)
	abort ();
      free (s);
    }
  return 0;
}

/* Where the objects its constructors hand over go in their callers
   (-m=2; at the end, so that no line above moves).  */
/* { dg-message "^  for its callers: does not escape at \[^ \]*:82:17$" "" { target *-*-* } 16 } */
/* { dg-message "^  for its callers: moved to stack at \[^ \]*:82:17$" "" { target *-*-* } 56 } */
