/* escape-plugin.cc - plugin entry: version check, arguments, registration.

   Compact on purpose, in the manner of the kernel's scripts/gcc-plugins:
   check the GCC version first, parse every argument strictly (a bad one is
   a GCC error naming it), then register the passes: after "ssa" and
   "build_ssa_passes" for a compile, among the late IPA passes for lto1.  */

#include <dlfcn.h>
#include "escape-plugin.h"
#include "gcc-headers.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

esc_options escape_options;
const char *escape_gcc_version;
const char *escape_target;
static char target_buf[128];

static struct plugin_info escape_plugin_info = { "0.1", NULL };

/* The --target= of a GCC configuration, which is what differs when a
   native plugin is loaded into a cross compiler; "?" if absent.  */
static const char *
configured_target (const char *config, char *buf, size_t size)
{
  const char *t = config ? strstr (config, "--target=") : NULL;
  if (!t)
    return "?";
  t += strlen ("--target=");
  size_t n = strcspn (t, " ");
  if (n >= size)
    n = size - 1;
  memcpy (buf, t, n);
  buf[n] = '\0';
  return buf;
}

#define ESC_STR2(x) #x
#define ESC_STR(x) ESC_STR2 (x)
tree (*esc_build_int_cst) (tree, poly_int64);
tree (*esc_build_array_type_nelts) (tree, poly_uint64);

/* The target-dependent functions of gcc-headers.h, by their mangled names
   for this target's number of poly_int coefficients.  */
static bool
resolve_target_functions (void)
{
  static const char int_cst[] = "_Z13build_int_cstP9tree_node8poly_intILj"
    ESC_STR (NUM_POLY_INT_COEFFS) "ElE";
  static const char nelts[] = "_Z22build_array_type_neltsP9tree_node"
    "8poly_intILj" ESC_STR (NUM_POLY_INT_COEFFS) "EmE";
  esc_build_int_cst = (tree (*) (tree, poly_int64)) dlsym (RTLD_DEFAULT,
							 int_cst);
  esc_build_array_type_nelts
    = (tree (*) (tree, poly_uint64)) dlsym (RTLD_DEFAULT, nelts);
  if (!esc_build_int_cst || !esc_build_array_type_nelts)
    {
      error ("escape: this compiler does not export %s, which the plugin "
	     "needs", !esc_build_int_cst ? int_cst : nelts);
      return false;
    }
  return true;
}

/* The files the plugin read (allocators=, summaries=) are inputs of the
   object as its headers are: listed in the -M dependency file, so that
   Make, Ninja, CMake and Meson compile it again when one changes.  Found
   by name (cc1 exports them; lto1, which writes no dependency file, has
   no preprocessor): GCC installs no header for its dependency writer.  */
static auto_vec<const char *> read_files;

static void
add_dependencies (void *, void *)
{
  void **reader = (void **) dlsym (RTLD_DEFAULT, "parse_in");
  void *(*get_deps) (void *) = (void *(*) (void *))
    dlsym (RTLD_DEFAULT, "_Z12cpp_get_depsP10cpp_reader");
  void (*add_dep) (void *, const char *) = (void (*) (void *, const char *))
    dlsym (RTLD_DEFAULT, "_Z12deps_add_depP6mkdepsPKc");
  void *deps = reader && *reader && get_deps && add_dep
    ? get_deps (*reader) : NULL;
  if (deps)
    for (const char *f : read_files)
      add_dep (deps, f);
}

/* Register PASS at the first instance of the pass named REF.  */
static void
add_pass (struct plugin_name_args *info, opt_pass *pass, const char *ref,
	  enum pass_positioning_ops pos)
{
  struct register_pass_info r;
  r.pass = pass;
  r.reference_pass_name = ref;
  r.ref_pass_instance_number = 1;
  r.pos_op = pos;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &r);
}

int
plugin_init (struct plugin_name_args *info,
	     struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    {
      char mine[64], theirs[64];
      error ("%s was built for GCC %s for target %s and cannot run in GCC "
	     "%s for target %s; rebuild it against the plugin headers of "
	     "this compiler", info->full_name, gcc_version.basever,
	     configured_target (gcc_version.configuration_arguments, mine,
				sizeof mine),
	     version->basever,
	     configured_target (version->configuration_arguments, theirs,
				sizeof theirs));
      return 1;
    }

  if (!resolve_target_functions ())
    return 1;
  escape_gcc_version = gcc_version.basever;
  escape_target = configured_target (gcc_version.configuration_arguments,
				     target_buf, sizeof target_buf);
  esc_options_init (&escape_options);
  bool ok = true;
  for (int i = 0; i < info->argc; i++)
    {
      char why[256];
      if (!esc_options_parse (&escape_options, info->argv[i].key,
			      info->argv[i].value, why, sizeof why))
	{
	  error ("escape: %s", why);
	  ok = false;
	}
    }
  if (!ok)
    return 1;
  for (int i = 0; i < info->argc; i++)
    if (info->argv[i].value && (strcmp (info->argv[i].key, "summaries") == 0
				|| strcmp (info->argv[i].key, "allocators") == 0))
      read_files.safe_push (info->argv[i].value);
  if (!read_files.is_empty ())
    register_callback (info->base_name, PLUGIN_START_UNIT, add_dependencies,
		       NULL);

  escape_plugin_info.help = esc_options_help ();
  register_callback (info->base_name, PLUGIN_INFO, NULL,
		     &escape_plugin_info);

  add_pass (info, make_escape_pass (g), "ssa", PASS_POS_INSERT_AFTER);
  /* Solving waits until every function has its graph: right after the
     group of passes that builds SSA, before any optimisation.  */
  add_pass (info, make_summarize_pass (g), "build_ssa_passes",
	    PASS_POS_INSERT_AFTER);
  /* lto1 runs neither (its GIMPLE arrives in SSA): under -flto the whole
     program's pass runs among the late IPA passes, after ipa-pta, in each
     ltrans process (passes/lto-pass.cc).  Its gate keeps it out of cc1.
     Placed before simdclone, the late list's other pass: "pta" has two
     instances, whose numbers the pass manager does not match by 2.  */
  add_pass (info, make_lto_pass (g), "simdclone", PASS_POS_INSERT_BEFORE);
  return 0;
}
