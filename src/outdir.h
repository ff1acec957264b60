/*
 * outdir.h — dated output folders for runs from cron.
 *
 * With --dated, a run writes into OUTPUT/LABEL/ (LABEL: the ISO week asked
 * for, the period "FROM_TO", or the generated date), then points
 * OUTPUT/latest at it (a symlink replaced atomically) and, with --keep N,
 * removes the oldest dated folders beyond N.  Only folders whose names look
 * like labels are ever removed.
 */
#ifndef CB_OUTDIR_H
#define CB_OUTDIR_H

#include <stddef.h>

/* Whether name looks like a label this module makes. */
int outdir_is_label(const char *name);

/* Removes the temporaries (".NAME.XXXXXX") a killed run left in dir; call
 * only while holding the output lock. */
void outdir_clean_temporaries(const char *dir);

/* Points base/latest at base/label and keeps the newest `keep` labelled
 * folders (keep <= 0: all).  Returns 0, or -1 with a message in err. */
int outdir_publish(const char *base, const char *label, int keep, char *err, size_t errlen);

#endif
