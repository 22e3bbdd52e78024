/* Fixed addresses (memory-mapped registers, firmware mailboxes) are
   memory the function does not own: anything stored there escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

#define MAILBOX ((void *volatile *) 0x40001000u)
#define DMA_SRC (*(volatile uintptr_t *) 0x40002000u)

void
post_message (void)
{
  void *msg = malloc (64); /* { dg-message "malloc\\(64\\) escapes to heap" } */
  *MAILBOX = msg;
}

void
start_dma (void)
{
  char *buf = malloc (4096); /* { dg-message "malloc\\(4096\\) escapes to heap" } */
  DMA_SRC = (uintptr_t) buf;
}

void
post_param (char *frame) /* { dg-message "leaking param: frame$" } */
{
  MAILBOX[1] = frame;
}

/* Reading from a fixed address brings back an unknown pointer; storing
   into what it points to escapes.  */
void
link_into_table (void)
{
  char **table = *(char ***) 0x40003000u;
  table[0] = malloc (16); /* { dg-message "malloc\\(16\\) escapes to heap" } */
}
