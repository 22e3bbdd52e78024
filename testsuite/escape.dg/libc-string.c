/* The C library's string functions (core/libc.c): the strlen and strcmp
   families and strspn/strcspn only read; strchr, strrchr, strchrnul,
   strstr and strpbrk return a pointer into their first argument (never
   into the second); strcpy, stpcpy, strncpy, stpncpy, strcat and strncat
   copy contents and return the destination; strtok keeps its string for
   the next call; strtok_r keeps it in *saveptr instead.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <strings.h>

char *g;
char *g_save;
char g_buf[64];

size_t
lengths (void)
{
  char *s = malloc (32); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  s[0] = 0;
  size_t r = strlen (s) + strnlen (s, 32) + strspn (s, "ab") + strcspn (s, "ab");
  free (s);
  return r;
}

int
comparisons (void)
{
  char *a = malloc (33); /* { dg-message "^malloc\\(33\\) does not escape$" } */
  char *b = malloc (34); /* { dg-message "^malloc\\(34\\) does not escape$" } */
  a[0] = b[0] = 0;
  int r = strcmp (a, b) + strncmp (a, b, 8) + strcasecmp (a, b)
	  + strncasecmp (a, b, 8) + strcoll (a, b);
  free (a);
  free (b);
  return r;
}

void
strchr_kept (void)
{
  char *s = malloc (35); /* { dg-message "^malloc\\(35\\) escapes to heap$" } */
  s[0] = 0;
  g = strchr (s, 'x');
}

void
strrchr_kept (void)
{
  char *s = malloc (36); /* { dg-message "^malloc\\(36\\) escapes to heap$" } */
  s[0] = 0;
  g = strrchr (s, 'x');
}

void
strchrnul_kept (void)
{
  char *s = malloc (37); /* { dg-message "^malloc\\(37\\) escapes to heap$" } */
  s[0] = 0;
  g = strchrnul (s, 'x');
}

int
strchr_local (void)
{
  char *s = malloc (38); /* { dg-message "^malloc\\(38\\) does not escape$" } */
  s[0] = 0;
  char *hit = strchr (s, 'x');
  int r = hit != 0;
  free (s);
  return r;
}

void
strstr_kept (void)
{
  char *hay = malloc (39); /* { dg-message "^malloc\\(39\\) escapes to heap$" } */
  char *needle = malloc (40); /* { dg-message "^malloc\\(40\\) does not escape$" } */
  hay[0] = needle[0] = 0;
  g = strstr (hay, needle);
  free (needle);
}

void
strpbrk_kept (void)
{
  char *s = malloc (41); /* { dg-message "^malloc\\(41\\) escapes to heap$" } */
  char *accept = malloc (42); /* { dg-message "^malloc\\(42\\) does not escape$" } */
  s[0] = accept[0] = 0;
  g = strpbrk (s, accept);
  free (accept);
}

/* Copies: the destination is returned, the source only read.  */
void
strcpy_kept (void)
{
  char *d = malloc (43); /* { dg-message "^malloc\\(43\\) escapes to heap$" } */
  char *s = malloc (44); /* { dg-message "^malloc\\(44\\) does not escape$" } */
  s[0] = 0;
  g = strcpy (d, s);
  free (s);
}

void
stpcpy_kept (void)
{
  char *d = malloc (45); /* { dg-message "^malloc\\(45\\) escapes to heap$" } */
  char *s = malloc (46); /* { dg-message "^malloc\\(46\\) does not escape$" } */
  s[0] = 0;
  g = stpcpy (d, s);
  free (s);
}

void
strncpy_kept (void)
{
  char *d = malloc (47); /* { dg-message "^malloc\\(47\\) escapes to heap$" } */
  char *s = malloc (48); /* { dg-message "^malloc\\(48\\) does not escape$" } */
  s[0] = 0;
  g = strncpy (d, s, 16);
  free (s);
}

void
stpncpy_kept (void)
{
  char *d = malloc (49); /* { dg-message "^malloc\\(49\\) escapes to heap$" } */
  char *s = malloc (50); /* { dg-message "^malloc\\(50\\) does not escape$" } */
  s[0] = 0;
  g = stpncpy (d, s, 16);
  free (s);
}

void
strcat_kept (void)
{
  char *d = malloc (51); /* { dg-message "^malloc\\(51\\) escapes to heap$" } */
  char *s = malloc (52); /* { dg-message "^malloc\\(52\\) does not escape$" } */
  d[0] = s[0] = 0;
  g = strcat (d, s);
  free (s);
}

void
strncat_kept (void)
{
  char *d = malloc (53); /* { dg-message "^malloc\\(53\\) escapes to heap$" } */
  char *s = malloc (54); /* { dg-message "^malloc\\(54\\) does not escape$" } */
  d[0] = s[0] = 0;
  g = strncat (d, s, 16);
  free (s);
}

/* Copying a string into global memory copies characters: the source
   object itself is not kept.  */
void
strcpy_into_global (void)
{
  char *s = malloc (55); /* { dg-message "^malloc\\(55\\) does not escape$" } */
  s[0] = 0;
  strcpy (g_buf, s);
  free (s);
}

/* But bytes that hold a pointer carry it along.  */
void
strncpy_pointer_bytes (void)
{
  char *p = malloc (56); /* { dg-message "^malloc\\(56\\) escapes to heap$" } */
  char *cell[1];
  char bytes[sizeof p];
  memcpy (bytes, &p, sizeof p);
  strncpy ((char *) cell, bytes, sizeof p);
  g = cell[0];
}

void
copies_local (void)
{
  char *d = malloc (57); /* { dg-message "^malloc\\(57\\) does not escape$" } */
  char *s = malloc (58); /* { dg-message "^malloc\\(58\\) does not escape$" } */
  s[0] = 0;
  strcpy (d, s);
  strcat (d, s);
  strncpy (d, s, 8);
  strncat (d, s, 8);
  free (d);
  free (s);
}

void
strtok_keeps (void)
{
  char *s = malloc (59); /* { dg-message "^malloc\\(59\\) escapes to heap$" } */
  s[0] = 0;
  strtok (s, " ");
}

int
strtok_r_local (void)
{
  char *s = malloc (60); /* { dg-message "^malloc\\(60\\) does not escape$" } */
  char *delim = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  char *save;
  s[0] = 0;
  delim[0] = 0;
  char *tok = strtok_r (s, delim, &save);
  int r = tok != 0;
  free (delim);
  free (s);
  return r;
}

void
strtok_r_global_save (void)
{
  char *s = malloc (61); /* { dg-message "^malloc\\(61\\) escapes to heap$" } */
  s[0] = 0;
  strtok_r (s, " ", &g_save);
}

void
strtok_r_result_kept (void)
{
  char *s = malloc (62); /* { dg-message "^malloc\\(62\\) escapes to heap$" } */
  char *save;
  s[0] = 0;
  g = strtok_r (s, " ", &save);
}

/* The caller's parameters.  */
char *
after_colon (char *s) /* { dg-message "^leaking param: s to result$" } */
{
  return strchr (s, ':');
}

int
same (const char *a, const char *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  return strcmp (a, b) == 0;
}
