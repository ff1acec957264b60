/*
 * plugin.c — plugin discovery, manifest checks, and protected calls.
 * Plugin structs own their strings; manifests and ctx tables are held in
 * the Lua registry through references released by plugin_chain_free().
 */
#include "plugin.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "diag.h"
#include "sandbox.h"

const char *const plugin_stages[] = {
    "source", "extract", "link", "compare", "render", NULL
};

static int S_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted *.lua names in dir; caller frees.  Returns count (0 if no dir). */
static size_t S_lua_files(const char *dir, char ***out)
{
    *out = NULL;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t n = 0, cap = 0;
    char **v = NULL;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        if (n == cap) {
            char **nv = realloc(v, (cap = cap ? cap * 2 : 16) * sizeof *nv);
            if (!nv)
                break;
            v = nv;
        }
        if ((v[n] = strdup(e->d_name)))
            n++;
    }
    closedir(d);
    qsort(v, n, sizeof *v, S_cmp);
    *out = v;
    return n;
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
    int ok = run && p->name && p->stage && p->version && p->description;
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
    free(p->name);
    free(p->stage);
    free(p->version);
    free(p->description);
    free(p->file);
    *p = (plugin){ .ref = LUA_NOREF, .ctx_ref = LUA_NOREF };
}

static int S_load_one(host *h, const char *file, const char *stage, plugin *p)
{
    lua_State *L = h->L;
    *p = (plugin){ .ref = LUA_NOREF, .ctx_ref = LUA_NOREF };
    if (sandbox_loadfile(L, file) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
        diag_error(NULL, 0, "plugin refused: %s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return -1;
    }
    if (S_validate(L, file, stage, p) < 0) {
        lua_pop(L, 1);
        S_plugin_free(p);
        return -1;
    }
    p->file = strdup(file);
    p->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    host_push_ctx(h, stage, p->name);
    p->ctx_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

size_t plugin_chain_load(host *h, const char *stage, plugin_chain *chain)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/plugins/%s", h->datadir, stage);
    char **names;
    size_t n = S_lua_files(dir, &names);
    chain->v = calloc(n ? n : 1, sizeof *chain->v);
    chain->n = 0;
    for (size_t i = 0; i < n; i++) {
        char file[4600];
        snprintf(file, sizeof file, "%s/%s", dir, names[i]);
        if (chain->v && S_load_one(h, file, stage, &chain->v[chain->n]) == 0)
            chain->n++;
        else
            diag_status(CB_EXIT_PLUGIN);
        free(names[i]);
    }
    free(names);
    return chain->n;
}

void plugin_chain_free(host *h, plugin_chain *chain)
{
    for (size_t i = 0; i < chain->n; i++) {
        luaL_unref(h->L, LUA_REGISTRYINDEX, chain->v[i].ref);
        luaL_unref(h->L, LUA_REGISTRYINDEX, chain->v[i].ctx_ref);
        S_plugin_free(&chain->v[i]);
    }
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
    memcpy(file, msg, n);
    file[n] = '\0';
    *line = strtol(num, NULL, 10);
    return q + 2;
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

int plugin_call(host *h, const plugin *p, const char *document)
{
    lua_State *L = h->L;
    host_set_current(h, p->name, document);
    lua_pushcfunction(L, S_traceback);
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->ref);
    lua_getfield(L, -1, "run");
    lua_remove(L, -2);
    lua_pushvalue(L, -3);                       /* the value */
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->ctx_ref);
    int rc = lua_pcall(L, 2, 1, -4);            /* handler: S_traceback */
    const char *problem = NULL;
    if (rc == LUA_OK && !lua_isnil(L, -1) && !lua_istable(L, -1)) {
        lua_pushfstring(L, "%s: run returned a %s (a table or nothing expected)",
                        p->file, luaL_typename(L, -1));
        lua_remove(L, -2);
        rc = LUA_ERRRUN;
    }
    if (rc != LUA_OK) {
        char file[4096];
        long line = 0;
        snprintf(file, sizeof file, "%s", p->file);
        problem = S_split_position(lua_tostring(L, -1) ? lua_tostring(L, -1) : "error object is not a string",
                                   file, sizeof file, &line);
        diag_report(DIAG_ERROR, file, line, p->name, "(%s) failed%s%s: %s", p->stage,
                    document ? " on " : "", document ? document : "", problem);
        diag_status(CB_EXIT_PLUGIN);
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
