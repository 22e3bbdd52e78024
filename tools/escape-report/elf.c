/* elf.c - reports recorded in object files: the plugin writes each unit's
   JSON report into a section of its object (.escape.report, no SHF_ALLOC,
   each document followed by a NUL), which a compiler cache or distcc hands
   back with the object, and which a link or an archive keeps.  Read with
   elfutils' libelf, from objects, archives (.a) and linked files, as
   annobin's scanner reads its notes.  */

#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <gelf.h>
#include <libelf.h>
#include "report.h"

/* Every document of one ELF file's report sections, to EACH.  NAME names
   it in messages.  Returns EACH's first failure, or 0; *FOUND counts the
   documents.  */
static int
sections (Elf *e, const char *name, esr_doc_fn *each, void *ctx, int *found,
	  char **err)
{
  size_t shstrndx;
  if (elf_getshdrstrndx (e, &shstrndx) != 0)
    {
      *err = esr_xasprintf ("%s: not a readable ELF file: %s", name,
			    elf_errmsg (-1));
      return -1;
    }
  int status = 0;
  for (Elf_Scn *scn = NULL; status == 0 && (scn = elf_nextscn (e, scn));)
    {
      GElf_Shdr sh;
      const char *sname;
      if (!gelf_getshdr (scn, &sh)
	  || !(sname = elf_strptr (e, shstrndx, sh.sh_name))
	  || strcmp (sname, ESR_SECTION) != 0 || sh.sh_type == SHT_NOBITS)
	continue;
      /* objcopy --compress-sections and the like.  */
      if ((sh.sh_flags & SHF_COMPRESSED) && elf_compress (scn, 0, 0) < 0)
	{
	  *err = esr_xasprintf ("%s: cannot decompress section " ESR_SECTION
				": %s", name, elf_errmsg (-1));
	  return -1;
	}
      Elf_Data *d = NULL;
      while (status == 0 && (d = elf_getdata (scn, d)))
	{
	  const char *p = d->d_buf, *end = p + d->d_size;
	  while (status == 0 && p && p < end)
	    {
	      const char *nul = memchr (p, '\0', (size_t) (end - p));
	      size_t n = nul ? (size_t) (nul - p) : (size_t) (end - p);
	      if (n)		/* the link's padding is NULs too */
		{
		  ++*found;
		  char *doc = *found > 1
		    ? esr_xasprintf ("%s#%d", name, *found)
		    : esr_xstrdup (name);
		  status = each (ctx, doc, p, n);
		  free (doc);
		}
	      p += n + 1;
	    }
	}
    }
  return status;
}

int
esr_read_elf (const char *path, esr_doc_fn *each, void *ctx, char **err)
{
  *err = NULL;
  if (elf_version (EV_CURRENT) == EV_NONE)
    {
      *err = esr_xasprintf ("%s: libelf is out of date", path);
      return -1;
    }
  int fd = open (path, O_RDONLY);
  if (fd < 0)
    {
      *err = esr_xasprintf ("%s: cannot read: %s", path, strerror (errno));
      return -1;
    }
  Elf *top = elf_begin (fd, ELF_C_READ, NULL);
  int status = 0, found = 0;
  if (!top)
    {
      *err = esr_xasprintf ("%s: not a readable ELF file: %s", path,
			    elf_errmsg (-1));
      status = -1;
    }
  else if (elf_kind (top) == ELF_K_AR)
    {
      /* Each member by its name: "libx.a(util.o)".  */
      Elf_Cmd cmd = ELF_C_READ;
      Elf *m;
      while (status == 0 && (m = elf_begin (fd, cmd, top)))
	{
	  Elf_Arhdr *h = elf_getarhdr (m);
	  if (h && elf_kind (m) == ELF_K_ELF && h->ar_name[0] != '/')
	    {
	      char *name = esr_xasprintf ("%s(%s)", path, h->ar_name);
	      status = sections (m, name, each, ctx, &found, err);
	      free (name);
	    }
	  cmd = elf_next (m);
	  elf_end (m);
	}
    }
  else if (elf_kind (top) == ELF_K_ELF)
    status = sections (top, path, each, ctx, &found, err);
  else
    {
      *err = esr_xasprintf ("%s: not an ELF file or archive", path);
      status = -1;
    }
  if (status == 0 && found == 0)
    {
      *err = esr_xasprintf ("%s: no escape report in this file (no section "
			    ESR_SECTION ": compile with "
			    "-fplugin-arg-escape-report-object or "
			    "-fplugin-arg-escape-report=PATH)", path);
      status = -1;
    }
  if (top)
    elf_end (top);
  close (fd);
  return status;
}
