/*
 * profile.c — the sampling profiler behind $CALLBRIEF_PROFILE (profile.h).
 * Counts live in a registry table: "self <src>:<line>" and
 * "total <src>:<linedefined> <name>" -> samples.
 */
#include "profile.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include <lauxlib.h>

#define PROFILE_DEPTH 64

/* The counts, in a table on the stack of a state of their own, shared by
 * the threads (-j N) under S_lock. */
static lua_State *S_acc;
static pthread_mutex_t S_lock = PTHREAD_MUTEX_INITIALIZER;
static const char *S_file;

/* Per thread: the state sampled, and the hook the sample replaced. */
static _Thread_local lua_State *volatile S_L;
static _Thread_local volatile sig_atomic_t S_pending;
static _Thread_local lua_Hook S_saved_hook;
static _Thread_local int S_saved_mask, S_saved_count;

/* Adds one to key's count in S_acc (the caller holds S_lock). */
static void S_count(const char *key)
{
    lua_State *A = S_acc;
    lua_pushstring(A, key);
    lua_pushvalue(A, -1);
    lua_rawget(A, 1);
    lua_Integer n = lua_tointeger(A, -1);
    lua_pop(A, 1);
    lua_pushinteger(A, n + 1);
    lua_rawset(A, 1);
}

static void S_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    lua_sethook(L, S_saved_hook, S_saved_mask, S_saved_count);
    S_pending = 0;
    pthread_mutex_lock(&S_lock);
    char key[512];
    int self_done = 0;
    lua_Debug d;
    for (int level = 0; level < PROFILE_DEPTH && lua_getstack(L, level, &d); level++) {
        if (!lua_getinfo(L, "Sln", &d) || d.currentline < 0)
            continue;                           /* a C function */
        if (!self_done) {
            snprintf(key, sizeof key, "self %s:%d", d.short_src, d.currentline);
            S_count(key);
            self_done = 1;
        }
        /* a recursive function counts once per frame */
        snprintf(key, sizeof key, "total %s:%d %s", d.short_src, d.linedefined,
                 d.name ? d.name : "?");
        S_count(key);
    }
    S_count("samples");
    pthread_mutex_unlock(&S_lock);
}

static void S_on_sigprof(int sig)
{
    (void)sig;
    lua_State *L = S_L;
    /* pending, unless the limits put their own hook back meanwhile */
    if (!L || (S_pending && lua_gethook(L) == S_hook))
        return;
    S_pending = 1;
    S_saved_hook = lua_gethook(L);
    S_saved_mask = lua_gethookmask(L);
    S_saved_count = lua_gethookcount(L);
    lua_sethook(L, S_hook, LUA_MASKCOUNT, 1);
}

void profile_attach(lua_State *L)
{
    if (S_acc)
        S_L = L;
}

void profile_detach(lua_State *L)
{
    if (S_L == L)
        S_L = NULL;
}

int profile_start(lua_State *L, char *err, size_t errlen)
{
    const char *file = getenv("CALLBRIEF_PROFILE");
    if (!file || !*file)
        return 0;
    if (!(S_acc = luaL_newstate())) {
        snprintf(err, errlen, "CALLBRIEF_PROFILE: out of memory");
        return -1;
    }
    lua_newtable(S_acc);
    S_file = file;
    profile_attach(L);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = S_on_sigprof;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    struct itimerval every = { { 0, 1000 }, { 0, 1000 } };
    if (sigaction(SIGPROF, &sa, NULL) < 0 || setitimer(ITIMER_PROF, &every, NULL) < 0) {
        snprintf(err, errlen, "CALLBRIEF_PROFILE: cannot start the profiling timer");
        profile_detach(L);
        lua_close(S_acc);
        S_acc = NULL;
        return -1;
    }
    return 1;
}

typedef struct entry {
    const char *key;    /* borrowed from the registry table */
    lua_Integer n;
} entry;

static int S_by_count(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return strcmp(x->key, y->key);
}

/* Writes the entries whose key starts with `kind`, most samples first. */
static void S_write_kind(FILE *f, entry *v, size_t n, const char *kind, lua_Integer samples)
{
    size_t k = strlen(kind), shown = 0;
    for (size_t i = 0; i < n && shown < 60; i++) {
        if (strncmp(v[i].key, kind, k) != 0)
            continue;
        fprintf(f, "%8lld %5.1f%%  %s\n", (long long)v[i].n,
                100.0 * (double)v[i].n / (double)samples, v[i].key + k);
        shown++;
    }
}

int profile_finish(char *err, size_t errlen)
{
    if (!S_acc)
        return 0;
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_PROF, &off, NULL);
    signal(SIGPROF, SIG_IGN);
    S_L = NULL;
    lua_State *L = S_acc;
    size_t n = 0, cap = 256;
    entry *v = malloc(cap * sizeof *v);
    lua_Integer samples = 0;
    lua_pushnil(L);
    while (v && lua_next(L, -2)) {
        const char *key = lua_tostring(L, -2);
        if (strcmp(key, "samples") == 0)
            samples = lua_tointeger(L, -1);
        else {
            if (n == cap) {
                entry *w = realloc(v, (cap *= 2) * sizeof *v);
                if (!w) {
                    free(v);
                    v = NULL;
                    lua_pop(L, 2);
                    break;
                }
                v = w;
            }
            v[n++] = (entry){ key, lua_tointeger(L, -1) };
        }
        lua_pop(L, 1);
    }
    FILE *f = v ? fopen(S_file, "w") : NULL;
    if (!f) {
        snprintf(err, errlen, "%s: cannot write the profile", S_file);
        free(v);
        lua_close(L);
        S_acc = NULL;
        return -1;
    }
    qsort(v, n, sizeof *v, S_by_count);
    fprintf(f, "callbrief profile: %lld samples of CPU time\n\n"
               "Lines where the time went (self):\n", (long long)samples);
    S_write_kind(f, v, n, "self ", samples ? samples : 1);
    fprintf(f, "\nFunctions, with what they call (total):\n");
    S_write_kind(f, v, n, "total ", samples ? samples : 1);
    free(v);
    lua_close(L);
    S_acc = NULL;
    if (fclose(f) != 0) {
        snprintf(err, errlen, "%s: cannot write the profile", S_file);
        return -1;
    }
    return 0;
}
