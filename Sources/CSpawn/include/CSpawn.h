#ifndef SCORECARDS_CSPAWN_H
#define SCORECARDS_CSPAWN_H
#include <spawn.h>

/* posix_spawn_file_actions_addclosefrom_np (glibc 2.34): the child closes every descriptor
   from `from` up. glibc declares it only under _GNU_SOURCE, which Swift's Glibc module
   does not define. */
int scs_addclosefrom(posix_spawn_file_actions_t *actions, int from);
#endif
