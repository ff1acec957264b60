/*
 * diag.c — diagnostics and exit status.  The records array and its strings
 * are owned here and freed by diag_reset().
 */
#include "diag.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct diag_capture {
    diag_record *v;
    size_t n, cap;
    enum cb_exit status;
};

static _Thread_local diag_capture *S_capture = NULL;
static int S_verbosity = 0;
static int S_defer = 0;
static size_t S_flushed = 0;   /* records already shown when deferring */
static pthread_mutex_t S_lock = PTHREAD_MUTEX_INITIALIZER;
static const char *S_progress_what;
static size_t S_progress_total;
static atomic_size_t S_progress_done;
static enum cb_exit S_status = CB_EXIT_OK;
static diag_record *S_records = NULL;
static size_t S_count = 0, S_cap = 0;

void diag_set_verbosity(int verbosity) { S_verbosity = verbosity; }
int diag_verbosity(void) { return S_verbosity; }

static char *S_dup(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void S_record(enum diag_level level, const char *file, long line,
                     const char *plugin, const char *message)
{
    if (S_count == S_cap) {
        size_t cap = S_cap ? S_cap * 2 : 16;
        diag_record *r = realloc(S_records, cap * sizeof *r);
        if (!r)
            return; /* out of memory: the message was still printed */
        S_records = r;
        S_cap = cap;
    }
    S_records[S_count++] = (diag_record){
        level, S_dup(file), line, S_dup(plugin), S_dup(message)
    };
}

static int S_shown(enum diag_level level)
{
    switch (level) {
    case DIAG_ERROR: return 1;
    case DIAG_WARN:  return S_verbosity >= 0 && !S_defer;
    case DIAG_INFO:  return S_verbosity >= 1;
    case DIAG_DEBUG: return S_verbosity >= 2;
    }
    return 0;
}

static void S_print(enum diag_level level, const char *file, long line,
                    const char *plugin, const char *message);

void diag_report(enum diag_level level, const char *file, long line,
                 const char *plugin, const char *fmt, ...)
{
    char message[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    if (S_capture) {
        diag_capture *c = S_capture;
        if (c->n == c->cap) {
            size_t cap = c->cap ? c->cap * 2 : 8;
            diag_record *v = realloc(c->v, cap * sizeof *v);
            if (!v)
                return;
            c->v = v;
            c->cap = cap;
        }
        c->v[c->n++] = (diag_record){ level, S_dup(file), line, S_dup(plugin), S_dup(message) };
        return;
    }

    if (S_shown(level))
        S_print(level, file, line, plugin, message);
    if (level == DIAG_ERROR || level == DIAG_WARN)
        S_record(level, file, line, plugin, message);
}

static void S_print(enum diag_level level, const char *file, long line,
                    const char *plugin, const char *message)
{
    if (S_progress_total)
        fputs("\r\033[K", stderr);   /* clear the progress line first */
    {
        fputs("callbrief: ", stderr);
        if (file && *file) {
            fputs(file, stderr);
            if (line > 0)
                fprintf(stderr, ":%ld", line);
            fputs(": ", stderr);
        }
        if (level == DIAG_WARN)
            fputs("warning: ", stderr);
        if (plugin && *plugin)
            fprintf(stderr, "plugin %s: ", plugin);
        fputs(message, stderr);
        fputc('\n', stderr);
    }
}

size_t diag_count(void) { return S_count; }

const diag_record *diag_get(size_t i)
{
    return i < S_count ? &S_records[i] : NULL;
}

void diag_status(enum cb_exit code)
{
    if (S_capture) {
        if (code > S_capture->status)
            S_capture->status = code;
        return;
    }
    if (S_status == CB_EXIT_NOTHING)
        return;
    if (code == CB_EXIT_NOTHING || code > S_status)
        S_status = code;
}

enum cb_exit diag_exit_status(void) { return S_status; }

void diag_set_deferred(int defer) { S_defer = defer; }

void diag_flush_deferred(void)
{
    if (!S_defer)
        return;
    S_defer = 0;
    for (size_t i = S_flushed; i < S_count; i++)
        if (S_records[i].level == DIAG_WARN && S_verbosity >= 0)
            S_print(DIAG_WARN, S_records[i].file, S_records[i].line, S_records[i].plugin,
                    S_records[i].message);
    S_flushed = S_count;
}

void diag_progress_start(const char *what, size_t total)
{
    S_progress_what = what;
    atomic_store(&S_progress_done, 0);
    S_progress_total = total;
}

void diag_progress_tick(void)
{
    if (!S_progress_total)
        return;
    size_t done = atomic_fetch_add(&S_progress_done, 1) + 1;
    if (done != S_progress_total && done % 8 != 0)
        return;
    pthread_mutex_lock(&S_lock);
    int width = 30, filled = (int)(width * done / S_progress_total);
    fprintf(stderr, "\r\033[Kcallbrief: %s [%.*s%*s] %zu/%zu", S_progress_what,
            filled, "==============================", width - filled, "", done, S_progress_total);
    fflush(stderr);
    pthread_mutex_unlock(&S_lock);
}

void diag_progress_done(void)
{
    if (!S_progress_total)
        return;
    S_progress_total = 0;
    fputs("\r\033[K", stderr);
    fflush(stderr);
}

void diag_capture_start(void)
{
    S_capture = calloc(1, sizeof *S_capture);
}

diag_capture *diag_capture_stop(void)
{
    diag_capture *c = S_capture;
    S_capture = NULL;
    return c;
}

void diag_capture_free(diag_capture *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->v[i].file);
        free(c->v[i].plugin);
        free(c->v[i].message);
    }
    free(c->v);
    free(c);
}

void diag_replay(diag_capture *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        diag_report(c->v[i].level, c->v[i].file, c->v[i].line, c->v[i].plugin,
                    "%s", c->v[i].message);
    if (c->status != CB_EXIT_OK)
        diag_status(c->status);
    diag_capture_free(c);
}

void diag_reset(void)
{
    for (size_t i = 0; i < S_count; i++) {
        free(S_records[i].file);
        free(S_records[i].plugin);
        free(S_records[i].message);
    }
    free(S_records);
    S_records = NULL;
    S_count = S_cap = S_flushed = 0;
    S_status = CB_EXIT_OK;
}
