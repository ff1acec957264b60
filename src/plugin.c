/*
 * plugin.c — plugin discovery, manifest checks, and protected calls.
 * Plugin structs own their strings; manifests and ctx tables are held in
 * the Lua registry through references released by plugin_chain_free().
 */
#include "plugin.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <lauxlib.h>

#include "diag.h"
#include "dirlist.h"
#include "sandbox.h"
#include "settings.h"
#include "watchdog.h"

const char *const plugin_stages[] = {
    "source", "extract", "link", "compare", "render", NULL
};

static void S_report_refused(lua_State *L, const char *file);

static int S_is_lua(const char *name, void *ud)
{
    (void)ud;
    size_t len = strlen(name);
    return name[0] != '.' && len >= 5 && strcmp(name + len - 4, ".lua") == 0;
}

/* Checks field `key` of the manifest at the top of the stack has Lua type
 * `type`; returns its string copy for strings, "" otherwise, NULL if bad. */
static char *S_field(lua_State *L, const char *file, const char *key, int type, int required)
{
    int t = lua_getfield(L, -1, key);
    char *s = NULL;
    if (t == type)
        s = strdup(t == LUA_TSTRING ? lua_tostring(L, -1) : "");
    else if (t == LUA_TNIL && !required)
        s = strdup("");
    else
        diag_error(file, 0, "plugin refused: field '%s' must be a %s (got %s)",
                   key, lua_typename(L, type), lua_typename(L, t));
    lua_pop(L, 1);
    return s;
}

static int S_check_name(const char *file, const char *name)
{
    if (!*name)
        goto bad;
    for (const char *s = name; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_' && *s != '.')
            goto bad;
    return 0;
bad:
    diag_error(file, 0, "plugin refused: name '%s' must be letters, digits, '-', '_' or '.'", name);
    return -1;
}

/* Validates the manifest on top of the stack into p. */
static int S_validate(lua_State *L, const char *file, const char *stage, plugin *p)
{
    if (!lua_istable(L, -1)) {
        diag_error(file, 0, "plugin refused: the file must return a table (got %s)",
                   luaL_typename(L, -1));
        return -1;
    }
    char *run = S_field(L, file, "run", LUA_TFUNCTION, 1);
    p->name = S_field(L, file, "name", LUA_TSTRING, 1);
    p->stage = S_field(L, file, "stage", LUA_TSTRING, 1);
    p->version = S_field(L, file, "version", LUA_TSTRING, 1);
    p->description = S_field(L, file, "description", LUA_TSTRING, 0);
    p->before = S_field(L, file, "before", LUA_TSTRING, 0);
    p->after = S_field(L, file, "after", LUA_TSTRING, 0);
    int ok = run && p->name && p->stage && p->version && p->description &&
             p->before && p->after;
    free(run);
    if (ok && S_check_name(file, p->name) < 0)
        ok = 0;
    if (ok && strcmp(p->stage, stage) != 0) {
        diag_error(file, 0, "plugin refused: stage '%s' does not match its folder plugins/%s/",
                   p->stage, stage);
        ok = 0;
    }
    int t = lua_getfield(L, -1, "api");
    if (ok && t != LUA_TNIL && (!lua_isinteger(L, -1) || lua_tointeger(L, -1) != PLUGIN_API_VERSION)) {
        diag_error(file, 0, "plugin refused: written for plugin API %s, this callbrief provides API %d",
                   lua_tostring(L, -1) ? lua_tostring(L, -1) : "?", PLUGIN_API_VERSION);
        ok = 0;
    }
    lua_pop(L, 1);
    return ok ? 0 : -1;
}

static void S_plugin_free(plugin *p)
{
    free(p->before);
    free(p->after);
    free(p->name);
    free(p->stage);
    free(p->version);
    free(p->description);
    free(p->file);
    *p = (plugin){ .ref = LUA_NOREF, .ctx_ref = LUA_NOREF };
}

static void S_limits_set(host *h, const char *file, const plugin *p, const char *document,
                         int budgeted);
static void S_limits_off(host *h);

static int S_is_builtin(const host *h, const char *file)
{
    size_t n = strlen(h->datadir);
    return strncmp(file, h->datadir, n) == 0 && strncmp(file + n, "/plugins/", 9) == 0;
}

/* Runs a plugin file's chunk (loaded on top of the stack) leaving its value.
 * Plugins from outside the built-in plugins/ run under the limits here too,
 * so a file whose top level loops, allocates without end, or makes a
 * coroutine (which keeps the hook it was made with) is stopped like run. */
static int S_run_chunk(host *h, const char *file)
{
    int builtin = S_is_builtin(h, file);
    if (!builtin)
        S_limits_set(h, file, NULL, NULL, 1);
    int rc = lua_pcall(h->L, 0, 1, 0);
    if (!builtin)
        S_limits_off(h);
    if (rc == LUA_ERRMEM) {
        lua_pop(h->L, 1);
        lua_pushfstring(h->L, "%s: memory limit exceeded while loading (%f MB)", file,
                        (lua_Number)h->limit_memory / 1e6);
    }
    return rc;
}

static int S_load_one(host *h, const char *file, const char *stage, plugin *p)
{
    lua_State *L = h->L;
    *p = (plugin){ .ref = LUA_NOREF, .ctx_ref = LUA_NOREF };
    if (sandbox_loadfile(L, file) != LUA_OK || S_run_chunk(h, file) != LUA_OK) {
        S_report_refused(L, file);
        return -1;
    }
    if (S_validate(L, file, stage, p) < 0) {
        lua_pop(L, 1);
        S_plugin_free(p);
        return -1;
    }
    p->file = strdup(file);
    p->builtin = S_is_builtin(h, file);
    p->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    host_push_ctx(h, stage, p->name);
    p->ctx_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

static void S_release(host *h, plugin *p)
{
    luaL_unref(h->L, LUA_REGISTRYINDEX, p->ref);
    luaL_unref(h->L, LUA_REGISTRYINDEX, p->ctx_ref);
    S_plugin_free(p);
}

static long S_index_of(const plugin_chain *c, const char *name)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->v[i].name, name) == 0)
            return (long)i;
    return -1;
}

/* Adds p to the chain (grown as needed): a plugin named like one already
 * there is replaced in place. */
static void S_add(host *h, plugin_chain *c, size_t *cap, plugin p)
{
    long at = S_index_of(c, p.name);
    if (at >= 0) {
        diag_info(p.file, 0, "plugin %s replaces %s", p.name, c->v[at].file);
        S_release(h, &c->v[at]);
        c->v[at] = p;
        return;
    }
    if (c->n == *cap) {
        plugin *v = realloc(c->v, (*cap = *cap ? *cap * 2 : 16) * sizeof *v);
        if (!v) {
            S_release(h, &p);
            return;
        }
        c->v = v;
    }
    c->v[c->n++] = p;
}

/* Loads the .lua files of dir into the chain. */
static void S_load_dir(host *h, const char *dir, const char *stage, plugin_chain *c,
                       size_t *cap)
{
    char **names;
    long n = dirlist_read(dir, S_is_lua, NULL, &names);
    for (long i = 0; i < n; i++) {
        char file[4600];
        plugin p;
        snprintf(file, sizeof file, "%s/%s", dir, names[i]);
        if (S_load_one(h, file, stage, &p) < 0)
            diag_status(CB_EXIT_PLUGIN);
        else
            S_add(h, c, cap, p);
    }
    dirlist_free(names, n);
}

/* Moves the plugin at `from` to position `to` (indices before the move). */
static void S_move(plugin_chain *c, size_t from, size_t to)
{
    if (to > from)
        to--;
    plugin p = c->v[from];
    memmove(&c->v[from], &c->v[from + 1], (c->n - from - 1) * sizeof p);
    memmove(&c->v[to + 1], &c->v[to], (c->n - 1 - to) * sizeof p);
    c->v[to] = p;
}

/* Applies the manifests' before/after, then the configuration's order. */
static void S_order(host *h, const char *stage, plugin_chain *c)
{
    for (size_t pass = 0; pass < c->n; pass++) {
        char name[256];
        snprintf(name, sizeof name, "%s", c->v[pass].name);
        long at = S_index_of(c, name);
        const plugin *p = &c->v[at];
        long target = *p->before ? S_index_of(c, p->before)
                    : *p->after ? S_index_of(c, p->after) : -1;
        if (target < 0) {
            if (*p->before || *p->after)
                diag_warn(p->file, 0, "plugin %s: %s '%s' names no plugin of stage %s; order kept",
                          p->name, *p->before ? "before" : "after",
                          *p->before ? p->before : p->after, stage);
            continue;
        }
        S_move(c, (size_t)at, (size_t)target + (*p->before ? 0 : 1));
    }
    lua_State *L = h->L;
    int top = lua_gettop(L);
    settings_push(h, "order");
    if (lua_istable(L, -1) && lua_getfield(L, -1, stage) == LUA_TTABLE) {
        size_t front = 0;
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1); i++) {
            lua_rawgeti(L, -1, i);
            long at = S_index_of(c, lua_tostring(L, -1));
            if (at < 0)
                diag_warn(NULL, 0, "configuration: order.%s names '%s', which is no plugin of that stage",
                          stage, lua_tostring(L, -1));
            else if ((size_t)at >= front)
                S_move(c, (size_t)at, front++);
            lua_pop(L, 1);
        }
    }
    lua_settop(L, top);
}

static void S_user_dirs(host *h, const char *stage, plugin_chain *c, size_t *cap)
{
    lua_State *L = h->L;
    char dir[4200];
    settings_push(h, "plugin_dirs");
    if (lua_istable(L, -1))
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1); i++) {
            lua_rawgeti(L, -1, i);
            struct stat st;
            if (strcmp(stage, plugin_stages[0]) == 0 && stat(lua_tostring(L, -1), &st) < 0)
                diag_warn(lua_tostring(L, -1), 0, "configuration: plugin_dirs names a folder "
                          "that does not exist");
            snprintf(dir, sizeof dir, "%s/%s", lua_tostring(L, -1), stage);
            lua_pop(L, 1);
            S_load_dir(h, dir, stage, c, cap);
        }
    lua_pop(L, 1);
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(dir, sizeof dir, "%s/callbrief/plugins/%s", xdg, stage);
    else if (home && *home)
        snprintf(dir, sizeof dir, "%s/.local/share/callbrief/plugins/%s", home, stage);
    else
        return;
    S_load_dir(h, dir, stage, c, cap);
}

int plugin_load_file(host *h, const char *file, plugin *p)
{
    lua_State *L = h->L;
    *p = (plugin){ .ref = LUA_NOREF, .ctx_ref = LUA_NOREF };
    if (sandbox_loadfile(L, file) != LUA_OK || S_run_chunk(h, file) != LUA_OK) {
        S_report_refused(L, file);
        return -1;
    }
    const char *stage = NULL;
    if (lua_istable(L, -1) && lua_getfield(L, -1, "stage") == LUA_TSTRING)
        for (int i = 0; plugin_stages[i]; i++)
            if (strcmp(plugin_stages[i], lua_tostring(L, -1)) == 0)
                stage = plugin_stages[i];
    if (lua_istable(L, -1))
        lua_pop(L, 1);
    lua_pop(L, 1);
    if (!stage) {
        diag_error(file, 0, "plugin refused: field 'stage' must be one of source, extract, "
                            "link, compare, render");
        return -1;
    }
    return S_load_one(h, file, stage, p);
}

void plugin_chain_add(host *h, plugin_chain *chain, plugin p)
{
    size_t cap = chain->n;
    S_add(h, chain, &cap, p);
    S_order(h, p.stage, chain);
    for (size_t i = 0; i < chain->n; i++)
        if (strcmp(chain->v[i].name, p.name) == 0) {
            chain->v[i].enabled = 1;
            chain->v[i].trusted = settings_lists(h, "trusted", p.name);
        }
}

size_t plugin_chain_load(host *h, const char *stage, plugin_chain *chain)
{
    char dir[4096];
    size_t cap = 0;
    *chain = (plugin_chain){ 0 };
    snprintf(dir, sizeof dir, "%s/plugins/%s", h->datadir, stage);
    S_load_dir(h, dir, stage, chain, &cap);
    S_user_dirs(h, stage, chain, &cap);
    S_order(h, stage, chain);
    for (size_t i = 0; i < chain->n; i++) {
        chain->v[i].enabled = !settings_lists(h, "disable", chain->v[i].name);
        chain->v[i].trusted = settings_lists(h, "trusted", chain->v[i].name);
    }
    return chain->n;
}

void plugin_chain_free(host *h, plugin_chain *chain)
{
    for (size_t i = 0; i < chain->n; i++)
        S_release(h, &chain->v[i]);
    free(chain->v);
    *chain = (plugin_chain){ 0 };
}

/* Splits a Lua error "FILE:LINE: text" into its parts; file/line stay as
 * given when the message has no position. */
static const char *S_split_position(const char *msg, char *file, size_t filelen, long *line)
{
    const char *p = strstr(msg, ".lua:");
    if (!p)
        return msg;
    const char *num = p + 5, *q = num;
    while (isdigit((unsigned char)*q))
        q++;
    if (q == num || q[0] != ':' || q[1] != ' ')
        return msg;
    size_t n = (size_t)(num - 1 - msg);
    if (n >= filelen)
        return msg;
    /* Lua shortens long chunk names to "...tail": keep the full file name
     * the caller gave then, when its tail agrees. */
    if (n > 3 && strncmp(msg, "...", 3) == 0) {
        size_t flen = strlen(file), tail = n - 3;
        if (!(flen >= tail && strncmp(file + flen - tail, msg + 3, tail) == 0))
            memcpy(file, msg, n), file[n] = '\0';
    } else {
        memcpy(file, msg, n);
        file[n] = '\0';
    }
    *line = strtol(num, NULL, 10);
    return q + 2;
}

/* Reports the load error on top of the stack (popped) as
 * "FILE:LINE: plugin refused: ...". */
static void S_report_refused(lua_State *L, const char *file)
{
    char where[4096];
    long line = 0;
    snprintf(where, sizeof where, "%s", file);
    const char *msg = lua_tostring(L, -1) ? lua_tostring(L, -1) : "error object is not a string";
    msg = S_split_position(msg, where, sizeof where, &line);
    diag_error(where, line, "plugin refused: %s", msg);
    lua_pop(L, 1);
}

static int S_traceback(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (!msg)
        msg = luaL_tolstring(L, 1, NULL);
    if (diag_verbosity() >= 2)
        luaL_traceback(L, L, msg, 1);
    else
        lua_pushstring(L, msg);
    return 1;
}

#define HOOK_EVERY 1000

/* Once the budget is spent the hook fires on every instruction and raises
 * each time, until the call ends: a plugin that catches the error with
 * pcall gets it again on its next instruction outside the pcall, so
 * `while true do pcall(f) end` cannot outlive its limit.  (Error unwinding
 * runs no Lua code but message handlers, which fail too: LUA_ERRERR.) */
double plugin_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Spends the rest of the budget and raises the limit's error.  From here
 * on the hook fires on every instruction (see above). */
static void S_limit_exceeded(lua_State *L, host *h, int late);

/* The count hook: the instruction budget, and a wall-clock deadline for
 * the work Lua hands to C (string functions on huge strings) that the
 * instruction count does not see. */
static void S_count_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    host *h = host_of(L);
    int late = h->deadline > 0 && plugin_clock() > h->deadline;
    if (!late && !h->budgeted) {
        lua_sethook(L, NULL, 0, 0);             /* a nudge meant for a call now over */
        return;
    }
    if (!late && h->instr_left > 0 && (h->instr_left -= HOOK_EVERY) > 0)
        return;
    S_limit_exceeded(L, h, late);
}

/* The watchdog's nudge (watchdog.h), in signal context: the call's time is
 * up, so the hook goes on and stops it at its next instruction. */
static void S_nudged(void *L)
{
    lua_sethook(L, S_count_hook, LUA_MASKCOUNT, 1);
}

static void S_limit_exceeded(lua_State *L, host *h, int late)
{
    h->instr_left = 0;
    lua_sethook(L, S_count_hook, LUA_MASKCOUNT, 1);
    if (late) {
        char secs[32];
        snprintf(secs, sizeof secs, "%g", h->limit_seconds);
        luaL_error(L, "time limit exceeded (%s seconds for one call; raise limits.seconds "
                      "or mark the plugin trusted)", secs);
    }
    luaL_error(L, "instruction limit exceeded (%I million instructions; "
                  "raise limits.instructions or mark the plugin trusted)",
               (lua_Integer)(h->limit_instructions / 1000000));
}

void plugin_limits_charge(lua_State *L, long steps)
{
    if (lua_gethook(L) != S_count_hook)
        return;                                 /* trusted, or the host's own work */
    host *h = host_of(L);
    int late = h->deadline > 0 && plugin_clock() > h->deadline;
    if (!late && (!h->budgeted || (h->instr_left -= steps) > 0))
        return;
    S_limit_exceeded(L, h, late);
}

/* The line the watchdog prints if the call sticks in C past its deadline
 * (watchdog.h), in the form of plugin_call's own messages. */
static void S_watchdog_note(host *h, const char *file, const plugin *p, const char *document)
{
    if (p)
        snprintf(h->watchdog_note, sizeof h->watchdog_note,
                 "callbrief: %s: plugin %s: (%s) stopped%s%s: time limit exceeded inside a "
                 "C function (%g seconds for one call); the run is abandoned, nothing written\n",
                 p->file, p->name, p->stage, document ? " on " : "", document ? document : "",
                 h->limit_seconds);
    else
        snprintf(h->watchdog_note, sizeof h->watchdog_note,
                 "callbrief: %s: time limit exceeded inside a C function while loading "
                 "(%g seconds); the run is abandoned, nothing written\n",
                 file, h->limit_seconds);
}

/* Arms the limits of one call.  Unless `budgeted`, the instructions are
 * not counted and no hook runs until the watchdog's nudge at the deadline;
 * without a watchdog to nudge, the hook counts after all. */
static void S_limits_set(host *h, const char *file, const plugin *p, const char *document,
                         int budgeted)
{
    h->instr_left = h->limit_instructions;
    h->mem_cap = h->mem_used + h->limit_memory;
    h->deadline = h->limit_seconds > 0 ? plugin_clock() + h->limit_seconds : 0;
    if (h->deadline > 0) {
        S_watchdog_note(h, file, p, document);
        watchdog_arm(h->watchdog_slot, h->deadline + watchdog_grace(h->limit_seconds),
                     h->watchdog_note);
        if (!budgeted && watchdog_nudge(h->watchdog_slot, h->deadline, S_nudged, h->L) < 0)
            budgeted = 1;
    }
    h->budgeted = budgeted;
    if (budgeted)
        lua_sethook(h->L, S_count_hook, LUA_MASKCOUNT, HOOK_EVERY);
}

/* Built-in plugins are part of the program, tested and fuzzed with it:
 * they run under the time and memory limits but not the instruction
 * budget, whose hook costs a seventh of their time (doc/plugins.md). */
static void S_limits_on(host *h, const plugin *p, const char *document)
{
    if (p->trusted)
        return;
    S_limits_set(h, p->file, p, document, !p->builtin);
}

static void S_limits_off(host *h)
{
    watchdog_disarm(h->watchdog_slot);
    lua_sethook(h->L, NULL, 0, 0);
    h->mem_cap = 0;
    h->deadline = 0;
}

void plugin_report_failure(const plugin *p, const char *document, const char *msg)
{
    char file[4096];
    long line = 0;
    snprintf(file, sizeof file, "%s", p->file);
    const char *problem = S_split_position(msg, file, sizeof file, &line);
    diag_report(DIAG_ERROR, file, line, p->name, "(%s) failed%s%s: %s", p->stage,
                document ? " on " : "", document ? document : "", problem);
    diag_status(CB_EXIT_PLUGIN);
}

int plugin_call(host *h, const plugin *p, const char *document)
{
    if (!p->enabled)
        return 0;
    lua_State *L = h->L;
    host_set_current(h, p->name, document);
    lua_pushcfunction(L, S_traceback);
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->ref);
    lua_getfield(L, -1, "run");
    lua_remove(L, -2);
    lua_pushvalue(L, -3);                       /* the value */
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->ctx_ref);
    S_limits_on(h, p, document);
    int rc = lua_pcall(L, 2, 1, -4);            /* handler: S_traceback */
    S_limits_off(h);
    if (rc == LUA_ERRMEM) {
        lua_pop(L, 1);
        /* MB as limits.memory and --max-input-size count them (cli_size:
         * "50M" is 50,000,000 bytes), so the message repeats the setting */
        lua_pushfstring(L, "memory limit exceeded (%f MB for one call; raise limits.memory "
                           "or mark the plugin trusted)", (lua_Number)h->limit_memory / 1e6);
    }
    if (rc == LUA_OK && !lua_isnil(L, -1) && !lua_istable(L, -1)) {
        lua_pushfstring(L, "run returned a %s (a table or nothing expected)",
                        luaL_typename(L, -1));
        lua_remove(L, -2);
        rc = LUA_ERRRUN;
    }
    if (rc != LUA_OK) {
        plugin_report_failure(p, document, lua_tostring(L, -1) ? lua_tostring(L, -1)
                                                               : "error object is not a string");
        lua_pop(L, 2);                          /* message, traceback fn */
        host_set_current(h, NULL, NULL);
        return -1;
    }
    if (lua_isnil(L, -1))
        lua_pop(L, 1);
    else
        lua_replace(L, -3);                     /* new value over the old */
    lua_pop(L, 1);                              /* traceback fn */
    host_set_current(h, NULL, NULL);
    return 0;
}
