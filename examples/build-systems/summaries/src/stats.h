/* stats.h - small statistics over integer arrays (stats.c).  */
#ifndef STATS_H
#define STATS_H

void stats_ramp (int *v, int n, int start);
long stats_sum (const int *v, int n);
int stats_max (const int *v, int n);

#endif
