struct S { void *p; };
void g (struct S *s);
void f (struct S *s);
