/* test-libc.c - the C library model (libc.c): entries parsed into
   summaries, names with and without "__builtin_", and a few entries wired
   into a caller end to end.  */

#include "unit.h"

static const esc_summary *
must (const char *name)
{
  const esc_summary *s = esc_libc_summary (name);
  ck_assert_msg (s != NULL, "no model for %s", name);
  ck_assert_str_eq (s->name, name[0] == '_' && name[1] == '_'
		    && name[2] == 'b' ? name + 10 : name);
  return s;
}

/* Nothing at all flows from parameter I.  */
static void
assert_inert (const esc_summary *s, int i)
{
  ck_assert_int_eq (s->leaks[i].heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[i].result, ESC_LEAK_NONE);
  for (int j = 0; j < s->nparams; j++)
    ck_assert_int_eq (s->leaks[i].content[j], ESC_LEAK_NONE);
}

START_TEST (test_libc_memcpy)
{
  /* memcpy (dst, src, n): returns dst; what src points to is copied
     into what dst points to (level 1).  */
  const esc_summary *s = must ("memcpy");
  ck_assert_int_eq (s->nparams, 3);
  ck_assert_str_eq (s->param_names[0], "dst");
  ck_assert_str_eq (s->param_names[1], "src");
  ck_assert_str_eq (s->param_names[2], "n");
  ck_assert_int_eq (s->leaks[0].result, 0);
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[1].content[0], 1);
  ck_assert_int_eq (s->leaks[1].heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[1].result, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[1].content[1], ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[0].content[1], ESC_LEAK_NONE);
  assert_inert (s, 2);
  for (int i = 0; i < 3; i++)
    ck_assert (!s->content_foreign[i]);
  ck_assert (!s->writes_deep);
  ck_assert (!s->result_foreign);
  ck_assert_int_eq (s->vararg_into, -1);
}
END_TEST

START_TEST (test_libc_builtin_prefix)
{
  /* "__builtin_memcpy" is memcpy's model, the same one.  */
  const esc_summary *a = must ("memcpy");
  const esc_summary *b = must ("__builtin_memcpy");
  ck_assert_ptr_eq (a, b);
  ck_assert_int_eq (b->leaks[1].content[0], 1);
  ck_assert_ptr_eq (esc_libc_summary ("__builtin_strchr"),
		    esc_libc_summary ("strchr"));
  /* Asking twice gives the same, cached, summary.  */
  ck_assert_ptr_eq (esc_libc_summary ("fwrite"), esc_libc_summary ("fwrite"));
}
END_TEST

START_TEST (test_libc_copies)
{
  /* Every "ret=dst *dst=*src" entry.  */
  static const char *const names[] = {
    "memmove", "mempcpy", "strcpy", "stpcpy", "strncpy", "stpncpy",
    "strcat", "strncat"
  };
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
    {
      const esc_summary *s = must (names[k]);
      ck_assert_msg (s->leaks[0].result == 0, "%s", names[k]);
      ck_assert_msg (s->leaks[1].content[0] == 1, "%s", names[k]);
      ck_assert_msg (s->leaks[1].heap == ESC_LEAK_NONE, "%s", names[k]);
    }
}
END_TEST

START_TEST (test_libc_strchr)
{
  /* strchr (s, c) returns a pointer into s; c is a character.  */
  const esc_summary *s = must ("strchr");
  ck_assert_int_eq (s->nparams, 2);
  ck_assert_int_eq (s->leaks[0].result, 0);
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
  assert_inert (s, 1);
  ck_assert (!s->result_foreign);
  ck_assert_int_eq (must ("strstr")->leaks[0].result, 0);
  assert_inert (must ("strstr"), 1);
  ck_assert_int_eq (must ("memchr")->leaks[0].result, 0);
}
END_TEST

START_TEST (test_libc_readers)
{
  /* Functions that only read through their pointers.  */
  static const char *const names[] = {
    "strlen", "strcmp", "strncmp", "memcmp", "atoi", "puts", "perror"
  };
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
    {
      const esc_summary *s = must (names[k]);
      for (int i = 0; i < s->nparams; i++)
	{
	  assert_inert (s, i);
	  ck_assert_msg (!s->content_foreign[i], "%s", names[k]);
	}
      ck_assert_msg (!s->result_foreign && !s->writes_deep, "%s", names[k]);
    }
}
END_TEST

START_TEST (test_libc_strtol)
{
  /* strtol (nptr, endptr, base): *endptr = a pointer into nptr.  */
  const esc_summary *s = must ("strtol");
  ck_assert_int_eq (s->nparams, 3);
  ck_assert_int_eq (s->leaks[0].content[1], 0);
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[0].result, ESC_LEAK_NONE);
  ck_assert (!s->content_foreign[1]);
  assert_inert (s, 1);
  ck_assert_int_eq (must ("strtod")->leaks[0].content[1], 0);
}
END_TEST

START_TEST (test_libc_fwrite)
{
  /* fwrite (ptr, size, n, stream): the bytes of *ptr are written out as
     data, so the pointers in it are exposed (level 1), not ptr itself.  */
  const esc_summary *s = must ("fwrite");
  ck_assert_int_eq (s->nparams, 4);
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[0].data, 1);
  ck_assert_int_eq (s->leaks[0].result, ESC_LEAK_NONE);
  ck_assert (s->content_foreign[3]);
  ck_assert (!s->content_foreign[0]);
}
END_TEST

START_TEST (test_libc_fread)
{
  /* fread (ptr, size, n, stream): *ptr may receive any bytes.  */
  const esc_summary *s = must ("fread");
  ck_assert (s->content_foreign[0]);
  ck_assert (s->content_foreign[3]);
  ck_assert (!s->content_foreign[1]);
  assert_inert (s, 0);
  ck_assert (!s->writes_deep);
  const esc_summary *f = must ("fgets");
  ck_assert (f->content_foreign[0]);
  ck_assert_int_eq (f->leaks[0].result, 0);
}
END_TEST

START_TEST (test_libc_sprintf)
{
  /* sprintf (buf, fmt, ...): the format's and the varargs' contents go
     into *buf.  */
  const esc_summary *s = must ("sprintf");
  ck_assert_int_eq (s->nparams, 2);
  ck_assert_int_eq (s->leaks[1].content[0], 1);
  ck_assert_int_eq (s->vararg_into, 0);
  ck_assert_int_ge (s->vararg_into_derefs, 0);
  ck_assert_int_le (s->vararg_into_derefs, 1);
  ck_assert_int_eq (s->vararg_heap, ESC_LEAK_NONE);
  ck_assert (!s->vararg_foreign);
  const esc_summary *n = must ("snprintf");
  ck_assert_int_eq (n->nparams, 3);
  ck_assert_int_eq (n->vararg_into, 0);
  ck_assert_int_eq (n->leaks[2].content[0], 1);
  /* vsprintf: the va_list's arguments are not visible; *buf may hold
     anything.  */
  const esc_summary *v = must ("vsprintf");
  ck_assert (v->content_foreign[0]);
  ck_assert_int_eq (v->vararg_into, -1);
}
END_TEST

START_TEST (test_libc_printf)
{
  /* printf reads its arguments; fprintf may write into the FILE.  */
  const esc_summary *s = must ("printf");
  ck_assert_int_eq (s->nparams, 1);
  ck_assert_int_eq (s->vararg_heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->vararg_into, -1);
  ck_assert (!s->vararg_foreign);
  assert_inert (s, 0);
  const esc_summary *f = must ("fprintf");
  ck_assert (f->content_foreign[0]);
  ck_assert (!f->content_foreign[1]);
}
END_TEST

START_TEST (test_libc_keepers)
{
  /* Functions that keep an argument.  */
  const esc_summary *q = must ("qsort");
  ck_assert_int_eq (q->leaks[0].heap, 0);
  ck_assert_int_eq (q->leaks[0].content[0], 1);
  const esc_summary *t = must ("pthread_create");
  ck_assert_int_eq (t->nparams, 4);
  ck_assert_int_eq (t->leaks[3].heap, 0);
  ck_assert (t->content_foreign[0]);
  assert_inert (t, 1);
  const esc_summary *k = must ("strtok");
  ck_assert_int_eq (k->leaks[0].heap, 0);
  ck_assert_int_eq (k->leaks[0].result, 0);
  ck_assert_int_eq (must ("on_exit")->leaks[1].heap, 0);
  ck_assert_int_eq (must ("bsearch")->leaks[1].result, 0);
}
END_TEST

START_TEST (test_libc_callback_models)
{
  /* Library functions that call a callback with pointers they make.  */
  const esc_libc_callback *q = esc_libc_callback_model ("qsort");
  ck_assert_ptr_nonnull (q);
  ck_assert_int_eq (q->fn, 3);
  ck_assert_int_eq (q->nargs, 2);
  ck_assert_uint_eq (q->from[0], 1u << 0);
  ck_assert_uint_eq (q->from[1], 1u << 0);
  ck_assert_int_eq (q->rest->leaks[0].heap, ESC_LEAK_NONE);
  const esc_libc_callback *b = esc_libc_callback_model ("bsearch");
  ck_assert_uint_eq (b->from[0], 1u << 0);
  ck_assert_uint_eq (b->from[1], 1u << 1);
  ck_assert_int_eq (b->rest->leaks[1].result, 0);
  ck_assert_int_eq (esc_libc_callback_model ("qsort_r")->nargs, 3);
  ck_assert_uint_eq (esc_libc_callback_model ("qsort_r")->from[2], 1u << 4);
  const esc_libc_callback *t = esc_libc_callback_model ("tfind");
  ck_assert_int_eq (t->fn, 2);
  ck_assert_uint_eq (t->from[1], (1u << 0) | ESC_CALLBACK_OWN);
  ck_assert_int_eq (esc_libc_callback_model ("tsearch")->rest->leaks[0].heap,
		    0);
  ck_assert_uint_eq (esc_libc_callback_model ("lfind")->from[0], 3u);
  ck_assert_ptr_null (esc_libc_callback_model ("memcpy"));
  ck_assert_ptr_null (esc_libc_callback_model ("twalk"));
  ck_assert_ptr_null (esc_libc_callback_model (NULL));
}
END_TEST

START_TEST (test_libc_own_memory)
{
  /* ret=? : the library's own memory.  */
  const esc_summary *e = must ("__errno_location");
  ck_assert_int_eq (e->nparams, 0);
  ck_assert (e->result_foreign);
  ck_assert (must ("__ctype_b_loc")->result_foreign);
  ck_assert (!must ("memcpy")->result_foreign);
}
END_TEST

START_TEST (test_libc_unknown)
{
  ck_assert_ptr_null (esc_libc_summary ("no_such_function"));
  ck_assert_ptr_null (esc_libc_summary ("memcpyx"));
  ck_assert_ptr_null (esc_libc_summary ("memcp"));
  ck_assert_ptr_null (esc_libc_summary ("__builtin_no_such_function"));
  ck_assert_ptr_null (esc_libc_summary ("__builtin_"));
  ck_assert_ptr_null (esc_libc_summary (""));
  ck_assert_ptr_null (esc_libc_summary (NULL));
  /* Allocators are not here: they make allocation sites.  */
  ck_assert_ptr_null (esc_libc_summary ("malloc"));
  ck_assert_ptr_null (esc_libc_summary ("free"));
  ck_assert_ptr_null (esc_libc_summary ("realloc"));
}
END_TEST

/* Continuation calls of strtok and strtok_r return into the string of
   an earlier call: found missing by the interprocedural review.  */

START_TEST (test_libc_strtok_r_continues_from_saveptr)
{
  /* strtok_r (NULL, delim, &save) returns a pointer loaded from *save (a
     pointer into the string of an earlier call): "ret=*saveptr".
     Without it "char *s = strdup (in); strtok_r (s, " ", &save); return
     strtok_r (NULL, " ", &save);" reports strdup as not escaping.  */
  const esc_summary *s = must ("strtok_r");
  ck_assert_int_eq (s->leaks[0].result, 0);
  ck_assert_int_eq (s->leaks[0].content[2], 0);
  ck_assert_int_eq (s->leaks[2].result, 1);
  ck_assert (esc_levels (s->leaks[2].result, s->leaks[2].result_levels)
	     & 1u << 1);
}
END_TEST

START_TEST (test_libc_strtok_continues_from_own_memory)
{
  /* strtok (NULL, delim) returns a pointer into the string of an earlier
     call, which the library kept: "ret=?".  Without it the result of a
     continuation call points nowhere, and what is stored through it is
     lost.  */
  ck_assert (must ("strtok")->result_foreign);
}
END_TEST

/* End to end: the model wired into a caller.  */

static const esc_summary *
by_name (void *ctx, int callee)
{
  (void) callee;
  return esc_libc_summary (ctx);
}

START_TEST (test_libc_memcpy_wired)
{
  /* void *s = &m, *d; memcpy (&d, &s, 8); t = d: t points to m, and m
     stays local (d is a pointer variable: the bytes cannot be read
     through a named field that holds no pointers); memcpy (gvar, &s, 8)
     sends it to the heap.  */
  for (int global = 0; global < 2; global++)
    {
      esc_graph *g = ut_graph ("caller");
      esc_loc m = ut_alloc (g, "m", 0);
      esc_loc s = ut_var (g, "s", 0), d = ut_var (g, "d", 0);
      esc_loc ps = ut_addr (g, "ps", s, 0), pd = ut_addr (g, "pd", d, 0);
      esc_store (g, ps, ut_addr (g, "vm", m, 0), 0, ESC_NO_NOTE);
      esc_loc dst = pd;
      if (global)
	{
	  dst = ut_val (g, "pg", 0);
	  esc_flow (g, dst, ESC_LOC_HEAP, -1, ESC_NO_NOTE);
	}
      esc_loc r = ut_val (g, "r", 0);
      int c = esc_call_new (g, 0, "memcpy", 3, ESC_NO_NOTE);
      esc_call_arg (g, c, 0, dst);
      esc_call_arg (g, c, 1, ps);
      if (!global)
	esc_call_arg_plain (g, c, 0);
      esc_call_result (g, c, r);
      esc_loc t = ut_val (g, "t", 0);
      esc_flow (g, t, pd, 1, ESC_NO_NOTE);
      esc_solve_with (g, by_name, "memcpy");
      ck_assert_msg (esc_escapes (g, m) == (global != 0), "global=%d",
		     global);
      ck_assert (!esc_escapes (g, s));
      if (!global)
	{
	  ck_assert (ut_pts_has (g, t, m));
	  ck_assert (ut_pts_has (g, r, d));
	  ck_assert (!esc_escapes (g, d));
	}
    }
}
END_TEST

START_TEST (test_libc_memcpy_into_struct)
{
  /* struct S *d (memory that may be read through a named number field);
     memcpy (d, &s, 8) with s = &m: the bytes may land in such a field,
     trusted to hold no pointer, so m is exposed; memcpy (&d, &sbits, 8)
     from named number fields gives d unknown contents.  */
  esc_graph *g = ut_graph ("caller");
  esc_loc m = ut_alloc (g, "m", 0), obj = ut_alloc (g, "obj", 0);
  esc_loc s = ut_var (g, "s", 0);
  esc_loc ps = ut_addr (g, "ps", s, 0), pobj = ut_addr (g, "pobj", obj, 0);
  esc_store (g, ps, ut_addr (g, "vm", m, 0), 0, ESC_NO_NOTE);
  int c = esc_call_new (g, 0, "memcpy", 3, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, pobj);
  esc_call_arg (g, c, 1, ps);
  esc_solve_with (g, by_name, "memcpy");
  ck_assert (ut_escapes_for_real (g, m));
  ck_assert (!esc_escapes (g, obj));

  esc_graph *h = ut_graph ("caller2");
  esc_loc bits = ut_var (h, "bits", 0), d = ut_var (h, "d", 0);
  esc_loc pb = ut_addr (h, "pb", bits, 0), pd = ut_addr (h, "pd", d, 0);
  int k = esc_call_new (h, 0, "memcpy", 3, ESC_NO_NOTE);
  esc_call_arg (h, k, 0, pd);
  esc_call_arg (h, k, 1, pb);
  esc_call_arg_plain (h, k, 0);
  esc_call_arg_numbers (h, k, 1);
  esc_loc t = ut_val (h, "t", 0);
  esc_flow (h, t, pd, 1, ESC_NO_NOTE);
  esc_solve_with (h, by_name, "memcpy");
  ck_assert (ut_pts_has (h, t, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_libc_strtol_wired)
{
  /* char *end; strtol (str, &end, 10); g = end: str's object escapes.  */
  esc_graph *g = ut_graph ("caller");
  esc_loc str = ut_alloc (g, "str", 0);
  esc_loc end = ut_var (g, "end", 0);
  esc_loc vs = ut_addr (g, "vs", str, 0), pe = ut_addr (g, "pe", end, 0);
  int c = esc_call_new (g, 0, "strtol", 3, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, vs);
  esc_call_arg (g, c, 1, pe);
  esc_loc t = ut_val (g, "t", 0);
  esc_flow (g, t, pe, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, t, 0, ESC_NO_NOTE);
  esc_solve_with (g, by_name, "strtol");
  ck_assert (ut_pts_has (g, t, str));
  ck_assert (esc_escapes (g, str));
  ck_assert (!esc_escapes (g, end));
}
END_TEST

START_TEST (test_libc_fwrite_wired)
{
  /* o holds &m; fwrite (&o, ...): m escapes (its address was written
     out), o does not.  */
  esc_graph *g = ut_graph ("caller");
  esc_loc m = ut_alloc (g, "m", 0), o = ut_var (g, "o", 0);
  esc_loc po = ut_addr (g, "po", o, 0);
  esc_store (g, po, ut_addr (g, "vm", m, 0), 0, ESC_NO_NOTE);
  esc_loc f = ut_val (g, "f", 0);
  esc_flow (g, f, ESC_LOC_HEAP, -1, ESC_NO_NOTE);
  int c = esc_call_new (g, 0, "fwrite", 4, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, po);
  esc_call_arg (g, c, 3, f);
  esc_solve_with (g, by_name, "fwrite");
  ck_assert (esc_escapes (g, m));
  ck_assert (!esc_escapes (g, o));
}
END_TEST

START_TEST (test_libc_sprintf_wired)
{
  /* char buf[64]; sprintf (buf, "%s", s) with s = &m and m holding &k:
     buf receives m's contents (k) (or, if the model also follows "%p",
     m itself); m's bytes are read as text, so k, whose address they
     hold, is exposed; m and buf are not.  */
  esc_graph *g = ut_graph ("caller");
  esc_loc buf = ut_var (g, "buf", 0);
  esc_loc m = ut_alloc (g, "m", 0), k = ut_alloc (g, "k", 0);
  esc_loc pbuf = ut_addr (g, "pbuf", buf, 0), vm = ut_addr (g, "vm", m, 0);
  esc_store (g, vm, ut_addr (g, "vk", k, 0), 0, ESC_NO_NOTE);
  esc_loc fmt = ut_val (g, "fmt", 0);
  esc_flow (g, fmt, ESC_LOC_HEAP, -1, ESC_NO_NOTE);
  int c = esc_call_new (g, 0, "sprintf", 3, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, pbuf);
  esc_call_arg (g, c, 1, fmt);
  esc_call_arg (g, c, 2, vm);
  /* "%s": a literal that prints no pointer.  */
  esc_call_arg_format (g, c, 1, ESC_FORMAT_SAFE);
  esc_loc t = ut_val (g, "t", 0);
  esc_flow (g, t, pbuf, 1, ESC_NO_NOTE);
  esc_solve_with (g, by_name, "sprintf");
  ck_assert (ut_pts_has (g, t, k) || ut_pts_has (g, t, m));
  ck_assert (!esc_escapes (g, buf));
  ck_assert (!esc_escapes (g, m));
  ck_assert (esc_escapes (g, k));
}
END_TEST

START_TEST (test_libc_printf_format)
{
  /* printf (FMT, p), p = &m: under a literal without %p m is only read
     (its bytes); under anything else (%p, a format not a literal, the
     caller's own parameter) it escapes: text printed with %p can be
     scanned back into the pointer.  The v* forms say the same of what
     their va_list holds.  */
  ck_assert_int_eq (must ("printf")->vararg_format, 0);
  ck_assert_int_eq (must ("snprintf")->vararg_format, 2);
  ck_assert_int_eq (must ("vfprintf")->vararg_format, 1);
  ck_assert_int_eq (must ("vfprintf")->va_list_param, 2);
  ck_assert_int_eq (must ("vfprintf")->vararg_data, 1);
  ck_assert_int_eq (must ("__vsnprintf_chk")->va_list_param, 5);
  ck_assert_int_eq (must ("__vsnprintf_chk")->vararg_format, 4);
  ck_assert_int_eq (must ("printf")->va_list_param, -1);
  ck_assert_int_eq (must ("strftime")->vararg_format, ESC_FORMAT_SAFE);
  const int formats[] = { ESC_FORMAT_SAFE, ESC_FORMAT_ANY, 0 };
  for (int i = 0; i < 3; i++)
    {
      esc_graph *g = ut_graph ("caller");
      esc_loc m = ut_alloc (g, "m", 0);
      esc_loc vm = ut_addr (g, "vm", m, 0);
      esc_loc fmt = ut_val (g, "fmt", 0);
      int c = esc_call_new (g, 0, "printf", 2, ESC_NO_NOTE);
      esc_call_arg (g, c, 0, fmt);
      esc_call_arg (g, c, 1, vm);
      esc_call_arg_format (g, c, 0, formats[i]);
      esc_solve_with (g, by_name, "printf");
      ck_assert_msg (esc_escapes (g, m) == (formats[i] != ESC_FORMAT_SAFE),
		     "format %d", formats[i]);
    }
}
END_TEST

START_TEST (test_libc_bytes)
{
  /* "bytes=X": X's memory is read as data, one level down; "bytes=*X"
     two; "bytes=..." the varargs'.  Copies are not reads as data.  */
  ck_assert_int_eq (must ("strlen")->leaks[0].data, 1);
  ck_assert_int_eq (must ("strlen")->leaks[0].heap, ESC_LEAK_NONE);
  ck_assert_int_eq (must ("strcmp")->leaks[1].data, 1);
  ck_assert_int_eq (must ("strtok_r")->leaks[2].data, 2);
  ck_assert_int_eq (must ("printf")->vararg_data, 1);
  ck_assert_int_eq (must ("memcpy")->leaks[1].data, ESC_LEAK_NONE);
  ck_assert_int_eq (must ("memcpy")->leaks[0].data, ESC_LEAK_NONE);
  ck_assert_int_eq (must ("fputs")->leaks[0].data, 1);
  ck_assert_int_eq (must ("fputs")->leaks[1].data, ESC_LEAK_NONE);
}
END_TEST

Suite *
libc_suite (void)
{
  Suite *s = suite_create ("libc");
  TCase *tc = ut_tcase ("entries");
  tcase_add_test (tc, test_libc_memcpy);
  tcase_add_test (tc, test_libc_builtin_prefix);
  tcase_add_test (tc, test_libc_copies);
  tcase_add_test (tc, test_libc_strchr);
  tcase_add_test (tc, test_libc_readers);
  tcase_add_test (tc, test_libc_strtol);
  tcase_add_test (tc, test_libc_fwrite);
  tcase_add_test (tc, test_libc_bytes);
  tcase_add_test (tc, test_libc_fread);
  tcase_add_test (tc, test_libc_sprintf);
  tcase_add_test (tc, test_libc_printf);
  tcase_add_test (tc, test_libc_keepers);
  tcase_add_test (tc, test_libc_callback_models);
  tcase_add_test (tc, test_libc_own_memory);
  tcase_add_test (tc, test_libc_unknown);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("continuations");
  tcase_add_test (tc, test_libc_strtok_r_continues_from_saveptr);
  tcase_add_test (tc, test_libc_strtok_continues_from_own_memory);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("wired");
  tcase_add_test (tc, test_libc_memcpy_wired);
  tcase_add_test (tc, test_libc_memcpy_into_struct);
  tcase_add_test (tc, test_libc_strtol_wired);
  tcase_add_test (tc, test_libc_fwrite_wired);
  tcase_add_test (tc, test_libc_sprintf_wired);
  tcase_add_test (tc, test_libc_printf_format);
  suite_add_tcase (s, tc);
  return s;
}
