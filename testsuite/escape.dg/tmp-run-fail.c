/* Expect FAIL: execution exits with status 3.  */
/* { dg-do run } */
int main (void) { return 3; }
