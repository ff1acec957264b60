/*
 * watchdog.c — ends the run when a plugin call is stuck in C past its
 * time limit (see watchdog.h).
 */
#include "watchdog.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"

#define WATCHDOG_SLOTS 256
#define WATCHDOG_TICK_NS 100000000L    /* 0.1 s */

typedef struct watch {
    atomic_int taken;                   /* by a host (watchdog_slot) */
    atomic_llong deadline_ns;           /* 0 = not armed */
    _Atomic(const char *) note;         /* borrowed from the arming thread */
} watch;

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

static void *S_watch(void *arg)
{
    (void)arg;
    struct timespec tick = { 0, WATCHDOG_TICK_NS };
    for (;;) {
        nanosleep(&tick, NULL);
        long long now = S_now_ns();
        for (int i = 0; i < WATCHDOG_SLOTS; i++) {
            long long d = atomic_load(&S_watches[i].deadline_ns);
            if (d > 0 && now > d)
                S_die(atomic_load(&S_watches[i].note));
        }
    }
    return NULL;
}

static void S_start(void)
{
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
    if (slot >= 0)
        atomic_store(&S_watches[slot].deadline_ns, 0);
}
