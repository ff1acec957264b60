/*
 * period.h — the period a briefing covers: --since/--until, --week
 * 2020-W44, --period last-week|this-week|last-month|this-month.
 */
#ifndef CB_PERIOD_H
#define CB_PERIOD_H

#include <stddef.h>

typedef struct period {
    char from[11];   /* "YYYY-MM-DD" or "" (open) */
    char to[11];
} period;

/* Whether s is a valid calendar date "YYYY-MM-DD". */
int period_valid_date(const char *s);

/* Fills p from an ISO week "YYYY-Www" (Monday to Sunday); 0 or -1. */
int period_from_week(const char *week, period *p);

/* Fills p from a name (last-week, this-week, last-month, this-month),
 * counted from the day `today` ("YYYY-MM-DD"); 0 or -1. */
int period_from_name(const char *name, const char *today, period *p);

#endif
