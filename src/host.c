/*
 * host.c — creating the Lua state, locating run-time files, building ctx.
 * The host owns its state and datadir string; ctx tables live in the state.
 */
#include "host.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

#include "diag.h"
#include "dirlist.h"
#include "heap.h"
#include "settings.h"
#include "modules.h"
#include "period.h"
#include "profile.h"
#include "sandbox.h"
#include "shared.h"
#include "shared_disk.h"
#include "watchdog.h"

#define REG_HOST    "callbrief.host"
#define REG_PLUGIN  "callbrief.current_plugin"
#define REG_DOC     "callbrief.current_document"

static int S_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *host_find_datadir(void)
{
    const char *env = getenv("CALLBRIEF_DATADIR");
    if (env && *env)
        return strdup(env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        size_t b = strlen(CB_ABS_TOP_BUILDDIR);
        if (strncmp(exe, CB_ABS_TOP_BUILDDIR, b) == 0 && exe[b] == '/' &&
            S_is_dir(CB_ABS_TOP_SRCDIR "/plugins"))
            return strdup(CB_ABS_TOP_SRCDIR);
    }
    return strdup(CB_PKGDATADIR);
}

/* The allocator counts bytes so a limit can be enforced per plugin call;
 * small blocks go through the host's cache (small_alloc.h) unless malloc
 * has one of its own (heap.h). */
static void *S_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    host *h = ud;
    if (!ptr)
        osize = 0;
    if (nsize == 0) {
        if (h->small_direct)
            free(ptr);
        else
            small_alloc_resize(&h->small, ptr, osize, 0);
        h->mem_used -= osize;
        return NULL;
    }
    if (h->mem_cap && nsize > osize && h->mem_used + (nsize - osize) > h->mem_cap)
        return NULL;
    /* a new block through malloc: jemalloc's realloc(NULL, n) takes a
       slower path than its malloc (sp25), and most of Lua's allocations
       are new blocks (strings, tables, closures) */
    void *p = !h->small_direct ? small_alloc_resize(&h->small, ptr, osize, nsize)
              : ptr ? realloc(ptr, nsize) : malloc(nsize);
    if (p)
        h->mem_used += nsize - osize;
    return p;
}

static void S_open_libs(lua_State *L)
{
    static const luaL_Reg libs[] = {
        { LUA_GNAME, luaopen_base }, { LUA_STRLIBNAME, luaopen_string },
        { LUA_TABLIBNAME, luaopen_table }, { LUA_MATHLIBNAME, luaopen_math },
        { LUA_UTF8LIBNAME, luaopen_utf8 }, { LUA_OSLIBNAME, luaopen_os },
        { LUA_COLIBNAME, luaopen_coroutine }, { NULL, NULL }
    };
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
}

host *host_new(const cli_options *opt, char *err, size_t errlen)
{
    host *h = calloc(1, sizeof *h);
    if (!h || !(h->datadir = host_find_datadir())) {
        snprintf(err, errlen, "out of memory");
        free(h);
        return NULL;
    }
    h->opt = opt;
    h->limit_instructions = HOST_DEFAULT_INSTRUCTIONS;
    h->limit_memory = HOST_DEFAULT_MEMORY;
    h->limit_seconds = HOST_DEFAULT_SECONDS;
    h->watchdog_slot = watchdog_slot();
    char probe[PATH_MAX];
    snprintf(probe, sizeof probe, "%s/plugins", h->datadir);
    if (!S_is_dir(probe)) {
        snprintf(err, errlen, "%s: plugins not found (set CALLBRIEF_DATADIR or reinstall)", probe);
        host_free(h);
        return NULL;
    }
    h->small_direct = heap_caches_small_blocks();
    h->L = lua_newstate(S_alloc, h);
    if (!h->L) {
        snprintf(err, errlen, "cannot create a Lua state");
        host_free(h);
        return NULL;
    }
    /* Generational collection: most of what plugins allocate (tokens,
     * substrings, per-sentence tables) dies young; measured faster than
     * the incremental default on the batch benchmark (bench/). */
    lua_gc(h->L, LUA_GCGEN, 0, 0);
    S_open_libs(h->L);
    lua_pushlightuserdata(h->L, h);
    lua_setfield(h->L, LUA_REGISTRYINDEX, REG_HOST);
    sandbox_init(h->L, h->datadir);
    profile_attach(h->L);
    return h;
}

void host_free(host *h)
{
    if (!h)
        return;
    host_close_state(h);
    watchdog_release(h->watchdog_slot);
    free(h->datadir);
    free(h);
}

void host_close_state(host *h)
{
    if (h && h->L) {
        profile_detach(h->L);
        lua_close(h->L);
        h->L = NULL;
        small_alloc_drain(&h->small);
    }
}

host *host_of(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, REG_HOST);
    host *h = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return h;
}

void host_set_current(host *h, const char *plugin, const char *document)
{
    lua_pushstring(h->L, plugin);
    lua_setfield(h->L, LUA_REGISTRYINDEX, REG_PLUGIN);
    lua_pushstring(h->L, document);
    lua_setfield(h->L, LUA_REGISTRYINDEX, REG_DOC);
}

static const char *S_registry_string(lua_State *L, const char *key)
{
    lua_getfield(L, LUA_REGISTRYINDEX, key);
    const char *s = lua_tostring(L, -1); /* the registry keeps it alive */
    lua_pop(L, 1);
    return s;
}

const char *host_current_plugin(lua_State *L) { return S_registry_string(L, REG_PLUGIN); }
const char *host_current_document(lua_State *L) { return S_registry_string(L, REG_DOC); }

char *host_read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        char *b = realloc(buf, cap *= 2);
        if (!b) {
            free(buf);
            buf = NULL;
        } else {
            buf = b;
        }
    }
    int failed = ferror(f);
    fclose(f);
    if (!buf || failed) {
        snprintf(err, errlen, "%s: cannot read%s", path, buf ? "" : ": out of memory");
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

/* Pushes the function `name` of the preloaded C module `module`. */
static void S_module_function(lua_State *L, const char *module, const char *name)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "callbrief.modules");
    lua_getfield(L, -1, module);
    lua_getfield(L, -1, name);
    lua_replace(L, -3);
    lua_pop(L, 1);
}

int host_json_encode(host *h, int indent)
{
    lua_State *L = h->L;
    S_module_function(L, "callbrief.json", "encode");
    lua_insert(L, -2);
    int nargs = 1;
    if (indent > 0) {
        lua_createtable(L, 0, 1);
        lua_pushinteger(L, indent);
        lua_setfield(L, -2, "indent");
        nargs = 2;
    }
    return lua_pcall(L, nargs, 1, 0) == LUA_OK ? 0 : -1;
}

int host_json_decode(host *h, const char *s, size_t len, const char *chunk)
{
    return cb_json_decode_buffer(h->L, s, len, chunk);
}

/* A relative path with no "..", no leading "/" and no empty parts. */
static int S_safe_relpath(const char *p)
{
    if (!*p || *p == '/' || strlen(p) > 200)
        return 0;
    for (const char *s = p; *s; ) {
        const char *e = strchr(s, '/');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n == 0 || (n == 2 && s[0] == '.' && s[1] == '.') || (n == 1 && s[0] == '.'))
            return 0;
        s += n + (e != NULL);
    }
    return 1;
}

/* Pushes the contents of file `path` (1 result), or nil and the reason
 * (2 results): the shape of ctx.data and ctx.template. */
static int S_push_file(lua_State *L, const char *path)
{
    char err[PATH_MAX + 320];
    size_t len;
    char *data = host_read_file(path, &len, err, sizeof err);
    if (!data) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushlstring(L, data, len);
    free(data);
    return 1;
}

static int S_push_file_in(lua_State *L, const char *dir, const char *rel)
{
    if (!S_safe_relpath(rel)) {
        lua_pushnil(L);
        lua_pushfstring(L, "'%s' is not a relative path inside %s/", rel, dir);
        return 2;
    }
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s/%s", host_of(L)->datadir, dir, rel);
    return S_push_file(L, path);
}

/* The data folders, first match wins: the configuration's data_dirs, then
 * $XDG_DATA_HOME/callbrief/data (~/.local/share/...), then the built-in
 * data/.  Users add to the gazetteer or the word lists there without
 * touching the installed files.  Returns how many were filled. */
int host_data_dirs(host *h, char dirs[][PATH_MAX], int max)
{
    lua_State *L = h->L;
    int n = 0;
    settings_push(h, "data_dirs");
    if (lua_istable(L, -1))
        for (lua_Integer i = 1; n < max - 2 && i <= (lua_Integer)lua_rawlen(L, -1); i++) {
            lua_rawgeti(L, -1, i);
            snprintf(dirs[n++], PATH_MAX, "%s", lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    lua_pop(L, 1);
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(dirs[n++], PATH_MAX, "%s/callbrief/data", xdg);
    else if (home && *home)
        snprintf(dirs[n++], PATH_MAX, "%s/.local/share/callbrief/data", home);
    snprintf(dirs[n++], PATH_MAX, "%s/data", h->datadir);
    return n;
}

#define MAX_DATA_DIRS 16

static int S_ctx_data_read(lua_State *L)
{
    const char *rel = luaL_checkstring(L, 1);
    host *h = host_of(L);
    char dirs[MAX_DATA_DIRS][PATH_MAX];
    int n = S_safe_relpath(rel) ? host_data_dirs(h, dirs, MAX_DATA_DIRS) : 0;
    for (int i = 0; i < n - 1; i++) {
        char path[PATH_MAX + 256];
        snprintf(path, sizeof path, "%.4000s/%.200s", dirs[i], rel);
        if (access(path, R_OK) == 0)
            return S_push_file(L, path);
    }
    return S_push_file_in(L, "data", rel);
}

/* ctx.data(rel): the answer noted for a persisted ctx.shared build
 * (shared_disk.h) */
int host_ctx_data(lua_State *L)
{
    const char *rel = luaL_checkstring(L, 1);
    int n = S_ctx_data_read(L);
    shared_disk_note(L, 'd', rel, n);
    return n;
}

/* dirlist_keep_fn: files not hidden, in the directory `ud`. */
static int S_plain_file(const char *name, void *ud)
{
    char path[PATH_MAX];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", (const char *)ud, name);
    return name[0] != '.' && stat(path, &st) == 0 && !S_ISDIR(st.st_mode);
}

/* ctx.data_list(reldir) -> sorted names of the plain files in data/reldir
 * (hidden ones left out), or nil, err. */
static int S_ctx_data_list_read(lua_State *L)
{
    const char *rel = luaL_checkstring(L, 1);
    if (!S_safe_relpath(rel)) {
        lua_pushnil(L);
        lua_pushfstring(L, "'%s' is not a relative path inside data/", rel);
        return 2;
    }
    char dirs[MAX_DATA_DIRS][PATH_MAX];
    int nd = host_data_dirs(host_of(L), dirs, MAX_DATA_DIRS);
    lua_newtable(L);                    /* name -> true, across the folders */
    int found = 0;
    for (int d = 0; d < nd; d++) {
        char path[PATH_MAX + 256];
        snprintf(path, sizeof path, "%.4000s/%.200s", dirs[d], rel);
        char **names;
        long n = dirlist_read(path, S_plain_file, path, &names);
        if (n < 0)
            continue;
        found = 1;
        for (long i = 0; i < n; i++) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, names[i]);
        }
        dirlist_free(names, n);
    }
    if (!found) {
        lua_pushnil(L);
        lua_pushfstring(L, "data/%s: %s", rel, strerror(ENOENT));
        return 2;
    }
    /* sorted list of the names */
    lua_newtable(L);
    lua_Integer k = 0;
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, -3, ++k);
    }
    lua_getglobal(L, "table");
    lua_getfield(L, -1, "sort");
    lua_remove(L, -2);
    lua_pushvalue(L, -2);
    lua_call(L, 1, 0);
    return 1;
}

/* ctx.data_list(reldir), the answer noted as host_ctx_data's */
int host_ctx_data_list(lua_State *L)
{
    const char *rel = luaL_checkstring(L, 1);
    int n = S_ctx_data_list_read(L);
    shared_disk_note(L, 'l', rel, n);
    return n;
}

static int S_ctx_template(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    host *h = host_of(L);
    if (h->opt && h->opt->template_file && strcmp(name, "briefing.md") == 0)
        return S_push_file(L, h->opt->template_file);
    return S_push_file_in(L, "templates", name);
}

/* The moment the briefing is "generated": SOURCE_DATE_EPOCH when set, else
 * today at 00:00 UTC, so two runs on one day give the same bytes. */
static long long S_epoch(void)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    if (s && *s) {
        char *end;
        long long v = strtoll(s, &end, 10);
        if (!*end && v >= 0)
            return v;
        diag_warn(NULL, 0, "SOURCE_DATE_EPOCH='%s' is not a number of seconds; ignored", s);
    }
    long long now = (long long)time(NULL);
    return now - now % 86400;
}

/* The period the options ask for ("" ends when open). */
static void S_period(const cli_options *o, const char *today, period *p)
{
    *p = (period){ "", "" };
    if (!o)
        return;
    if (o->week)
        period_from_week(o->week, p);
    else if (o->period_name)
        period_from_name(o->period_name, today, p);
    else {
        snprintf(p->from, sizeof p->from, "%s", o->since ? o->since : "");
        snprintf(p->to, sizeof p->to, "%s", o->until ? o->until : "");
    }
}

static void S_today(char day[16])
{
    time_t t = (time_t)S_epoch();
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(day, 16, "%Y-%m-%d", &tm);
}

void host_generated(host *h, char *buf)
{
    (void)h;
    S_today(buf);
}

void host_label(host *h, char *buf)
{
    char day[16];
    period p;
    S_today(day);
    S_period(h->opt, day, &p);
    if (h->opt && h->opt->week)
        snprintf(buf, 32, "%s", h->opt->week);
    else if (*p.from || *p.to)
        snprintf(buf, 32, "%s_%s", *p.from ? p.from : "...", *p.to ? p.to : "...");
    else
        snprintf(buf, 32, "%s", day);
}

void host_period(host *h, period *p)
{
    char day[16];
    S_today(day);
    S_period(h->opt, day, p);
}

/* ctx.run.period = {from =, to =} when the command line asked for one. */
static void S_push_period(lua_State *L, const cli_options *o, const char *today)
{
    period p;
    S_period(o, today, &p);
    if (!*p.from && !*p.to)
        return;
    lua_createtable(L, 0, 2);
    if (*p.from) {
        lua_pushstring(L, p.from);
        lua_setfield(L, -2, "from");
    }
    if (*p.to) {
        lua_pushstring(L, p.to);
        lua_setfield(L, -2, "to");
    }
    lua_setfield(L, -2, "period");
}

static void S_push_run(lua_State *L, const cli_options *o, const char *out_dir)
{
    lua_newtable(L);
    if (o && o->title) {
        lua_pushstring(L, o->title);
        lua_setfield(L, -2, "title");
    }
    lua_newtable(L);
    static const struct { unsigned bit; const char *name; } fmts[] = {
        { CLI_FMT_MD, "md" }, { CLI_FMT_PDF, "pdf" }, { CLI_FMT_JSON, "json" },
        { CLI_FMT_HTML, "html" }
    };
    for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++)
        if (o ? (o->formats & fmts[i].bit) : fmts[i].bit != CLI_FMT_HTML) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, fmts[i].name);
        }
    lua_setfield(L, -2, "formats");
    long long epoch = S_epoch();
    time_t t = (time_t)epoch;
    struct tm tm;
    char day[16];
    gmtime_r(&t, &tm);
    strftime(day, sizeof day, "%Y-%m-%d", &tm);
    lua_pushstring(L, day);
    lua_setfield(L, -2, "generated");
    lua_pushinteger(L, (lua_Integer)epoch);
    lua_setfield(L, -2, "epoch");
    lua_pushstring(L, o ? o->paper : "a4");
    lua_setfield(L, -2, "paper");
    S_push_period(L, o, day);
    lua_pushstring(L, out_dir ? out_dir : o ? o->output_dir : ".");
    lua_setfield(L, -2, "output_dir");
}

/* Sets t[field] to a fresh copy of module `name` from the preloaded ones, so
 * a plugin that changes its ctx cannot change another plugin's. */
static void S_set_module_copy(lua_State *L, const char *field, const char *name)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "callbrief.modules");
    lua_getfield(L, -1, name);
    lua_remove(L, -2);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    lua_remove(L, -2);
    lua_setfield(L, -2, field);
}

static void S_set_cmodule(lua_State *L, const char *field, lua_CFunction open)
{
    luaL_requiref(L, field, open, 0);
    lua_setfield(L, -2, field);
}

/* Pushes a deep copy of the value at idx (tables copied, depth-limited). */
static void S_push_copy(lua_State *L, int idx, int depth)
{
    idx = lua_absindex(L, idx);
    if (!lua_istable(L, idx) || depth > 32) {
        lua_pushvalue(L, idx);
        return;
    }
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pushvalue(L, -2);
        S_push_copy(L, -2, depth + 1);
        lua_rawset(L, -5);
        lua_pop(L, 1);
    }
}

/* ctx.options: the configuration's options[plugin], copied, or {}. */
static void S_push_options(lua_State *L, const char *plugin)
{
    int top = lua_gettop(L);
    if (lua_getfield(L, LUA_REGISTRYINDEX, "callbrief.config") == LUA_TTABLE &&
        lua_getfield(L, -1, "options") == LUA_TTABLE &&
        lua_getfield(L, -1, plugin) == LUA_TTABLE) {
        S_push_copy(L, -1, 0);
        lua_replace(L, top + 1);
        lua_settop(L, top + 1);
        return;
    }
    lua_settop(L, top);
    lua_newtable(L);
}

void host_push_ctx(host *h, const char *stage, const char *plugin)
{
    lua_State *L = h->L;
    lua_newtable(L);
    lua_pushstring(L, stage);
    lua_setfield(L, -2, "stage");
    lua_pushstring(L, plugin);
    lua_setfield(L, -2, "plugin");
    S_set_module_copy(L, "json", "callbrief.json");
    S_set_module_copy(L, "text", "callbrief.text");
    S_set_module_copy(L, "yaml", "callbrief.yaml");
    S_set_module_copy(L, "markdown", "callbrief.markdown");
    S_set_module_copy(L, "html", "callbrief.html");
    S_set_module_copy(L, "lpeg", "lpeg");
    S_set_cmodule(L, "log", luaopen_cb_log);
    lua_pushcfunction(L, host_ctx_data);
    lua_setfield(L, -2, "data");
    lua_pushcfunction(L, host_ctx_data_list);
    lua_setfield(L, -2, "data_list");
    lua_pushcfunction(L, S_ctx_template);
    lua_setfield(L, -2, "template");
    lua_pushcfunction(L, shared_ctx_function);
    lua_setfield(L, -2, "shared");
    S_push_options(L, plugin);
    lua_setfield(L, -2, "options");
    S_push_run(L, h->opt, h->out_dir);
    lua_setfield(L, -2, "run");
    if (strcmp(stage, "render") == 0) {
        S_set_cmodule(L, "output", luaopen_cb_output);
        S_set_cmodule(L, "pdf", luaopen_cb_pdf);
    }
}
