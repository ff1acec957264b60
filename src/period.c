/*
 * period.c — calendar arithmetic for periods (days since 1970-01-01 by
 * Howard Hinnant's civil-from-days algorithms; no time zones involved).
 */
#include "period.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long S_days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void S_civil_from_days(long z, char out[11])
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    char buf[64];
    snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y + (m <= 2), m, d);
    memcpy(out, buf, 10);
    out[10] = '\0';
}

static int S_parse(const char *s, long *y, long *m, long *d)
{
    char extra;
    if (!s || strlen(s) != 10 || sscanf(s, "%4ld-%2ld-%2ld%c", y, m, d, &extra) != 3)
        return -1;
    return 0;
}

int period_valid_date(const char *s)
{
    long y, m, d;
    if (S_parse(s, &y, &m, &d) < 0 || m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999)
        return 0;
    char back[11];
    S_civil_from_days(S_days_from_civil(y, m, d), back);
    return strcmp(back, s) == 0;
}

/* 1 = Monday ... 7 = Sunday */
static long S_weekday(long days)
{
    long w = (days + 3) % 7;   /* 1970-01-01 was a Thursday */
    if (w < 0)
        w += 7;
    return w + 1;
}

static void S_set(period *p, long from, long to)
{
    S_civil_from_days(from, p->from);
    S_civil_from_days(to, p->to);
}

int period_from_week(const char *week, period *p)
{
    long y, w;
    char extra;
    if (!week || sscanf(week, "%4ld-W%2ld%c", &y, &w, &extra) != 2 || strlen(week) != 8 ||
        y < 1900 || y > 2999 || w < 1 || w > 53)
        return -1;
    long jan4 = S_days_from_civil(y, 1, 4);
    long monday = jan4 - (S_weekday(jan4) - 1) + (w - 1) * 7;
    if (w == 53) {   /* only years whose week 53 exists */
        char check[11];
        S_civil_from_days(monday + 3, check);
        if (strtol(check, NULL, 10) != y)
            return -1;
    }
    S_set(p, monday, monday + 6);
    return 0;
}

int period_from_name(const char *name, const char *today, period *p)
{
    long y, m, d;
    if (S_parse(today, &y, &m, &d) < 0)
        return -1;
    long t = S_days_from_civil(y, m, d);
    long monday = t - (S_weekday(t) - 1);
    if (strcmp(name, "this-week") == 0)
        S_set(p, monday, monday + 6);
    else if (strcmp(name, "last-week") == 0)
        S_set(p, monday - 7, monday - 1);
    else if (strcmp(name, "this-month") == 0)
        S_set(p, S_days_from_civil(y, m, 1), S_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1);
    else if (strcmp(name, "last-month") == 0) {
        long py = m == 1 ? y - 1 : y, pm = m == 1 ? 12 : m - 1;
        S_set(p, S_days_from_civil(py, pm, 1), S_days_from_civil(y, m, 1) - 1);
    } else
        return -1;
    return 0;
}
