/* transform.h - moving allocations to the stack (-fplugin-arg-escape-
   transform), after solving, before reporting.  */

#ifndef ESCAPE_TRANSFORM_PASS_H
#define ESCAPE_TRANSFORM_PASS_H

/* Plan and rewrite F's allocation sites; REASONS gets each site's fate, in
   the order of F's sites.  RECURSIVE (in a call-graph cycle) or REENTRY
   (may run again through code we cannot see): a moved object would
   multiply with the depth.  True if F changed.  */
bool esc_transform_function (esc_function *f, bool recursive, bool reentry,
			     bool recursive_caller,
			     vec<esc_move_reason> &reasons);

#endif
