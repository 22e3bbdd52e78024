/* For summaries-deep.c: setall stores p into every node of the list l
   reaches, past the first too (what **l holds).  */
struct node { struct node *next; int *val; };
void
setall (struct node *l, int *p)
{
  for (struct node *t = l; t; t = t->next)
    t->val = p;
}
