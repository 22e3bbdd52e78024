/* A library unit for the summaries tests (testsuite/report/run.sh).
   With -DSTALE, fill keeps the array it fills: the definition no longer
   matches the summary callers were compiled with.  */
int *lib_kept;

/* Static: not published, and not the static pick of main.c.  */
static int *
pick (int *p)
{
  lib_kept = p;
  return p;
}

void
fill (int *v, int n, int x)
{
  for (int i = 0; i < n; i++)
    v[i] = x + i;
#ifdef STALE
  lib_kept = v;
#endif
}

int
total (const int *v, int n)
{
  int t = 0;
  for (int i = 0; i < n; i++)
    t += v[i];
  return t;
}

void
keep (int *p)
{
  pick (p);
}

/* Weak: another definition may replace it at link time, so it publishes
   no summary.  */
__attribute__ ((weak)) int
weak_total (const int *v, int n)
{
  return total (v, n);
}

/* Also defined by tool.c, differently: left out of the summaries file.  */
int
helper (int *p)
{
  return *p + 1;
}
