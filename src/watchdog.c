/*
 * watchdog.c — ends the run when a plugin call is stuck in C past its
 * time limit (see watchdog.h).
 */
#include "watchdog.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"

#define WATCHDOG_SLOTS 256
#define WATCHDOG_TICK_NS 100000000L    /* 0.1 s */
/* Default action: ignored, so a nudge arriving late is harmless; nothing
 * in callbrief uses sockets' urgent data (Go's runtime preempts with it). */
#define WATCHDOG_SIGNAL SIGURG

typedef struct watch {
    atomic_int taken;                   /* by a host (watchdog_slot) */
    atomic_llong deadline_ns;           /* 0 = not armed */
    _Atomic(const char *) note;         /* borrowed from the arming thread */
    atomic_llong nudge_ns;              /* 0 = no nudge due */
    pthread_t thread;                   /* to nudge; set before nudge_ns */
} watch;

/* The nudge of this thread's armed slot (signal context reads them). */
static _Thread_local void (*volatile S_nudge_fn)(void *);
static _Thread_local void *volatile S_nudge_arg;

static watch S_watches[WATCHDOG_SLOTS];
static pthread_once_t S_once = PTHREAD_ONCE_INIT;
static int S_started;

static long long S_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void S_die(const char *note)
{
    /* write(2) and _exit: the stuck thread may hold stdio's lock, and
     * exit handlers would run while it still works in the state. */
    if (note) {
        ssize_t r = write(STDERR_FILENO, note, strlen(note));
        (void)r;
    }
    _exit(CB_EXIT_PLUGIN);
}

static void S_on_signal(int sig)
{
    (void)sig;
    void (*fn)(void *) = S_nudge_fn;
    if (fn)
        fn(S_nudge_arg);
}

static void *S_watch(void *arg)
{
    (void)arg;
    struct timespec tick = { 0, WATCHDOG_TICK_NS };
    for (;;) {
        nanosleep(&tick, NULL);
        long long now = S_now_ns();
        for (int i = 0; i < WATCHDOG_SLOTS; i++) {
            watch *w = &S_watches[i];
            long long d = atomic_load(&w->deadline_ns);
            if (d > 0 && now > d)
                S_die(atomic_load(&w->note));
            long long n = atomic_load(&w->nudge_ns);
            if (n > 0 && now > n && atomic_compare_exchange_strong(&w->nudge_ns, &n, 0))
                pthread_kill(w->thread, WATCHDOG_SIGNAL);
        }
    }
    return NULL;
}

static void S_start(void)
{
    struct sigaction sa = { .sa_handler = S_on_signal, .sa_flags = SA_RESTART };
    sigemptyset(&sa.sa_mask);
    sigaction(WATCHDOG_SIGNAL, &sa, NULL);
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    S_started = pthread_create(&t, &attr, S_watch, NULL) == 0;
    pthread_attr_destroy(&attr);
}

int watchdog_slot(void)
{
    pthread_once(&S_once, S_start);
    if (!S_started)
        return -1;
    for (int i = 0; i < WATCHDOG_SLOTS; i++) {
        int free_slot = 0;
        if (atomic_compare_exchange_strong(&S_watches[i].taken, &free_slot, 1))
            return i;
    }
    return -1;
}

void watchdog_release(int slot)
{
    if (slot < 0)
        return;
    atomic_store(&S_watches[slot].nudge_ns, 0);
    atomic_store(&S_watches[slot].deadline_ns, 0);
    atomic_store(&S_watches[slot].taken, 0);
}

void watchdog_arm(int slot, double deadline, const char *note)
{
    if (slot < 0)
        return;
    atomic_store(&S_watches[slot].note, note);
    atomic_store(&S_watches[slot].deadline_ns, (long long)(deadline * 1e9));
}

void watchdog_disarm(int slot)
{
    /* the handler runs on this thread: once fn is cleared no nudge calls
     * it, whenever the signal comes */
    S_nudge_fn = NULL;
    if (slot >= 0) {
        atomic_store(&S_watches[slot].nudge_ns, 0);
        atomic_store(&S_watches[slot].deadline_ns, 0);
    }
}

int watchdog_nudge(int slot, double when, void (*fn)(void *), void *arg)
{
    if (slot < 0)
        return -1;
    S_nudge_arg = arg;
    S_nudge_fn = fn;
    S_watches[slot].thread = pthread_self();
    atomic_store(&S_watches[slot].nudge_ns, (long long)(when * 1e9));
    return 0;
}
