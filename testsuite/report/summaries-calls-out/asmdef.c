/* Assembly at file scope may define any symbol, a C library function's
   too: the unit's report says "*" in "replaces_libc".  */
long
my_strtol (const char *s, char **end, int base)
{
  (void) end;
  (void) base;
  return s[0];
}

__asm__ (".globl strtol\n\t.set strtol, my_strtol");
