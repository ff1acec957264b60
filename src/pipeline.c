/*
 * pipeline.c — running the stages.  Per-document stages (source, extract)
 * run once per input; a plugin failure skips that document.  Corpus stages
 * (link, compare, render) run once; a plugin failure there leaves the value
 * as the previous plugin made it, and a failed render plugin's files are
 * dropped.  Output files are staged and committed together at the end.
 */
#include "pipeline.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/file.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>

#include "atomic_file.h"
#include "charset.h"
#include "diag.h"
#include "heap.h"
#include "host.h"
#include "incremental.h"
#include "inputs.h"
#include "modules.h"
#include "outdir.h"
#include "parallel.h"
#include "plugin.h"
#include "sandbox.h"
#include "shared.h"
#include "settings.h"

enum { ST_SOURCE, ST_EXTRACT, ST_LINK, ST_COMPARE, ST_RENDER, ST_COUNT };

typedef struct run {
    host *h;
    plugin_chain chains[ST_COUNT];
    incremental *inc;   /* the archive, or NULL */
    int heap_kb;        /* the Lua heap after the last full collection */
    host *own;          /* a host the run made (S_fresh_state) and frees */
    double made_beside; /* seconds making files beside render plugins */
    cli_options own_opt;
} run;

/* Loads the plugins of the stages up to `last` (the later chains stay
 * empty). */
static int S_run_open_to(run *r, host *h, int last)
{
    *r = (run){ .h = h };
    for (int s = 0; s <= last; s++)
        plugin_chain_load(r->h, plugin_stages[s], &r->chains[s]);
    if (r->chains[ST_SOURCE].n == 0) {
        diag_error(NULL, 0, "%s/plugins/source: no usable source plugins", r->h->datadir);
        return -1;
    }
    return 0;
}

static int S_run_open(run *r, host *h)
{
    return S_run_open_to(r, h, ST_COUNT - 1);
}

static void S_run_close(run *r)
{
    incremental_close(r->inc);
    r->inc = NULL;
    for (int s = 0; s < ST_COUNT; s++)
        plugin_chain_free(r->h, &r->chains[s]);
    host_free(r->own);
    r->own = NULL;
}

static int S_need_inputs(const cli_options *opt)
{
    if (opt->npaths > 0)
        return 0;
    fputs("callbrief: no input given: name files or directories of articles, "
          "or set inputs in the configuration\n"
          "Try 'callbrief --help' for more information.\n", stderr);
    return -1;
}

/* -v: "link: 3.21 s (actors 0.80, dates 0.31, ...)", so an operator sees
 * where a slow run spends its time; `wall` is the stage's own clock (the
 * plugins' times and, in render, the files made beside them overlap). */
static void S_report_times(const char *stage, const plugin_chain *c, const double *secs,
                           double wall, double beside)
{
    char buf[1024];
    size_t len = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (len < sizeof buf)
            len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s %.2f", i ? ", " : "",
                                    c->v[i].name, secs[i]);
    }
    if (beside > 0 && len < sizeof buf)
        snprintf(buf + len, sizeof buf - len, "; beside them: files made %.2f", beside);
    diag_info(NULL, 0, "%s: %.2f s (%s)", stage, wall, buf);
}

/* A corpus plugin over 10,000 documents may leave hundreds of MB of
 * garbage and free heap between live blocks; collect it and give whole
 * free pages back before the next plugin (the PDF and JSON renderers
 * allocate big blocks that could not reuse them).  Only when the heap has
 * grown by HEAP_SETTLE_KB since the last collection: a full collection of
 * a 100 MB heap of small tables costs 0.3 s, and most plugins leave
 * little behind. */
enum { HEAP_SETTLE_KB = 16 * 1024 };

static void S_settle_heap(run *r)
{
    if (lua_gc(r->h->L, LUA_GCCOUNT) < r->heap_kb + HEAP_SETTLE_KB)
        return;
    lua_gc(r->h->L, LUA_GCCOLLECT);
    heap_trim();
    r->heap_kb = lua_gc(r->h->L, LUA_GCCOUNT);
}

/* Runs plugin i of a corpus stage's chain over the value on top of the
 * stack; its time goes to secs[i]. */
static void S_corpus_plugin(run *r, int stage, size_t i, double *secs)
{
    plugin_chain *c = &r->chains[stage];
    double t0 = plugin_clock();
    if (plugin_call(r->h, &c->v[i], NULL) < 0 && stage == ST_RENDER && r->h->out)
        atomic_set_discard(r->h->out, c->v[i].name);
    S_settle_heap(r);
    secs[i] = plugin_clock() - t0;
}

/* The render plugins from `from` on, run on a thread of their own while
 * the caller makes the files staged to be made later (pdf.write's
 * typesetting): render takes the longer of the two, not their sum.  The
 * Lua state is the helper's alone meanwhile; the caller touches only the
 * batch's jobs.  Plugins keep their order and each sees what the ones
 * before it left in the briefing, as on one thread. */
typedef struct beside {
    run *r;
    size_t from;
    double *secs;
} beside;

static void *S_beside_main(void *arg)
{
    beside *b = arg;
    for (size_t i = b->from; i < b->r->chains[ST_RENDER].n; i++)
        S_corpus_plugin(b->r, ST_RENDER, i, b->secs);
    return NULL;
}

/* Runs the render plugins from `from` on beside the batch being made;
 * -1 when no thread can be had (the caller runs them, and the batch is
 * made when the set is waited for). */
static int S_render_beside(run *r, size_t from, double *secs, atomic_batch *batch)
{
    beside b = { r, from, secs };
    pthread_t t;
    if (pthread_create(&t, NULL, S_beside_main, &b) != 0) {
        atomic_batch_free(batch);
        return -1;
    }
    double t0 = plugin_clock();
    atomic_batch_make(batch);
    r->made_beside = plugin_clock() - t0;
    pthread_join(t, NULL);
    atomic_batch_free(batch);
    return 0;
}

/* Runs every plugin of a chain over the value on top of the stack.  For a
 * per-document stage the first failure stops the chain and returns -1. */
static int S_chain(run *r, int stage, const char *document, int per_document)
{
    plugin_chain *c = &r->chains[stage];
    if (per_document) {
        for (size_t i = 0; i < c->n; i++)
            if (plugin_call(r->h, &c->v[i], document) < 0)
                return -1;
        return 0;
    }
    double t0 = plugin_clock(), *secs = calloc(c->n ? c->n : 1, sizeof *secs);
    r->made_beside = 0;
    if (!secs) {
        diag_error(NULL, 0, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < c->n; i++) {
        S_corpus_plugin(r, stage, i, secs);
        atomic_batch *batch = NULL;
        if (stage == ST_RENDER && r->h->out && i + 1 < c->n &&
            (batch = atomic_set_take_unmade(r->h->out)) &&
            S_render_beside(r, i + 1, secs, batch) == 0)
            break;
    }
    if (diag_verbosity() >= 1)
        S_report_times(plugin_stages[stage], c, secs, plugin_clock() - t0, r->made_beside);
    free(secs);
    return 0;
}

static void S_set_string(lua_State *L, const char *key, const char *value)
{
    lua_pushstring(L, value);
    lua_setfield(L, -2, key);
}

/* What decoding a file that is not UTF-8 took (inputs_read, charset.h):
 * a guess is a warning, a declared or marked encoding a note (-v). */
static void S_report_charset(const char *path, const input_text *t)
{
    if (t->charset_how == CHARSET_GUESSED)
        diag_warn(path, 0, "not UTF-8: read as windows-1252 (convert it to UTF-8 first "
                           "if it is in another encoding)");
    else if (t->charset_how == CHARSET_UTF8 && t->charset[0])
        diag_warn(path, 0, "the page declares the unknown charset \"%s\": read as UTF-8",
                  t->charset);
    else if (t->charset_how != CHARSET_UTF8)
        diag_info(path, 0, "decoded from %s (%s)", t->charset,
                  t->charset_how == CHARSET_BOM ? "byte order mark" : "declared by the page");
    if (t->undecodable)
        diag_warn(path, 0, "%zu byte sequence%s not defined in %s replaced by U+FFFD",
                  t->undecodable, t->undecodable == 1 ? "" : "s", t->charset);
}

/* Pushes the Input table for one file, or nothing (returns -1) when the
 * file cannot be used. */
static int S_push_input(run *r, const input_entry *e)
{
    char err[1024];
    input_text t;
    if (inputs_read(e->path, r->h->opt->max_input_size, &t, err, sizeof err) < 0) {
        diag_error(e->path, 0, "%s", err);
        diag_status(CB_EXIT_INPUT);
        return -1;
    }
    S_report_charset(e->path, &t);
    if (t.replaced)
        diag_warn(e->path, t.first_bad_line,
                  "invalid UTF-8: %zu byte sequence%s replaced by U+FFFD",
                  t.replaced, t.replaced == 1 ? "" : "s");
    if (t.nuls)
        diag_warn(e->path, 0, "%zu NUL byte%s removed", t.nuls, t.nuls == 1 ? "" : "s");
    lua_State *L = r->h->L;
    lua_createtable(L, 0, 5);
    S_set_string(L, "id", e->id);
    S_set_string(L, "path", e->path);
    lua_pushlstring(L, t.data, t.len);
    lua_setfield(L, -2, "bytes");
    S_set_string(L, "sha256", t.sha256);
    S_set_string(L, "format", t.format);
    inputs_text_free(&t);
    return 0;
}

typedef void (*extraction_fn)(run *r, void *ud);

/* Runs extract over the Document on top of the stack (popped); on success
 * hands the Extraction on top of the stack to fn, which pops it. */
static int S_extract_one(run *r, const char *where, extraction_fn fn, void *ud)
{
    lua_State *L = r->h->L;
    lua_createtable(L, 0, 3);
    lua_insert(L, -2);
    lua_setfield(L, -2, "document");
    lua_newtable(L);
    lua_setfield(L, -2, "calls");
    lua_newtable(L);
    lua_setfield(L, -2, "claims");
    if (S_chain(r, ST_EXTRACT, where, 1) < 0) {
        lua_pop(L, 1);
        return -1;
    }
    fn(r, ud);
    return 0;
}

/* Whether the value on top is a split: {documents = {...}} without text. */
static int S_is_split(lua_State *L)
{
    if (!lua_istable(L, -1))
        return 0;
    int docs = lua_getfield(L, -1, "documents") == LUA_TTABLE;
    int text = lua_getfield(L, -2, "text") == LUA_TSTRING;
    lua_pop(L, 2);
    return docs && !text;
}

/* Runs source plugins from index `from` on the value on top (popped), then
 * extract.  A plugin may split its value (a feed into articles) by
 * returning {documents = {...}}: the rest of the chain then runs on each
 * part, which gets the id "ID#n" unless it has one.  With `extract`, each
 * resulting Document goes through extract and the Extraction to fn; else
 * the Document itself goes to fn.  Returns how many went to fn, or -1. */
static long S_source_from(run *r, const input_entry *e, size_t from, const char *where,
                          int extract, extraction_fn fn, void *ud)
{
    lua_State *L = r->h->L;
    plugin_chain *c = &r->chains[ST_SOURCE];
    for (size_t i = from; i < c->n; i++) {
        if (plugin_call(r->h, &c->v[i], where) < 0) {
            lua_pop(L, 1);
            return -1;
        }
        if (!S_is_split(L))
            continue;
        lua_getfield(L, -1, "documents");
        lua_remove(L, -2);          /* keep only the parts */
        lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
        int docs = luaL_ref(L, LUA_REGISTRYINDEX);
        long done = 0;
        for (lua_Integer k = 1; k <= n; k++) {
            char part[4200];
            snprintf(part, sizeof part, "%s#%lld", e->path, (long long)k);
            lua_rawgeti(L, LUA_REGISTRYINDEX, docs);
            int t = lua_rawgeti(L, -1, k);
            lua_remove(L, -2);
            if (t != LUA_TTABLE) {
                diag_error(part, 0, "plugin %s split its input into something that is not a table",
                           c->v[i].name);
                diag_status(CB_EXIT_PLUGIN);
                lua_pop(L, 1);
                continue;
            }
            if (lua_getfield(L, -1, "id") != LUA_TSTRING) {
                lua_pushfstring(L, "%s#%I", e->id, k);
                lua_setfield(L, -3, "id");
            }
            lua_pop(L, 1);
            long m = S_source_from(r, e, i + 1, part, extract, fn, ud);
            done += m > 0 ? m : 0;
        }
        luaL_unref(L, LUA_REGISTRYINDEX, docs);
        return done;
    }
    if (!extract) {
        fn(r, ud);
        return 1;
    }
    return S_extract_one(r, where, fn, ud) < 0 ? -1 : 1;
}

/* Source, then extract, for one input.  Returns the number of extractions
 * handed to fn, or -1 when the input was unusable. */
static long S_extract_input(run *r, const input_entry *e, extraction_fn fn, void *ud)
{
    if (S_push_input(r, e) < 0)
        return -1;
    return S_source_from(r, e, 0, e->path, 1, fn, ud);
}

/* extraction_fn: appends to the list just below the extraction. */
static void S_append(run *r, void *ud)
{
    lua_Integer *n = ud;
    lua_rawseti(r->h->L, -2, ++*n);
}

/* Collects the articles named by the operands; reports unusable ones. */
static void S_collect_one(const char *arg, input_list *list)
{
    char err[1024];
    long n = inputs_collect(arg, list, err, sizeof err);
    if (n < 0) {
        diag_error(arg, 0, "%s", err);
        diag_status(CB_EXIT_INPUT);
    } else if (n == 0) {
        diag_error(arg, 0, "no articles found (looked for .txt, .text, .md, .markdown, .html, .htm, .jsonl)");
        diag_status(CB_EXIT_INPUT);
    }
}

/* "-": one path per line on standard input. */
static void S_collect_stdin(input_list *list)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n > 0)
            S_collect_one(line, list);
    }
    free(line);
}

static void S_collect(const cli_options *opt, input_list *list)
{
    for (int i = 0; i < opt->npaths; i++) {
        if (strcmp(opt->paths[i], "-") == 0)
            S_collect_stdin(list);
        else
            S_collect_one(opt->paths[i], list);
    }
}

/* Pushes the diagnostics recorded so far as {file, line, plugin, message,
 * level} tables. */
static void S_push_warnings(lua_State *L)
{
    size_t n = diag_count();
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        const diag_record *d = diag_get(i);
        lua_createtable(L, 0, 5);
        if (d->file)
            S_set_string(L, "file", d->file);
        if (d->line > 0) {
            lua_pushinteger(L, d->line);
            lua_setfield(L, -2, "line");
        }
        if (d->plugin)
            S_set_string(L, "plugin", d->plugin);
        S_set_string(L, "message", d->message);
        S_set_string(L, "level", d->level == DIAG_ERROR ? "error" : "warning");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

/* mkdir -p: creates dir and any missing parents. */
static int S_mkdirs(const char *dir)
{
    char path[4096];
    size_t n = strlen(dir);
    if (n >= sizeof path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(path, dir, n + 1);
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0777) < 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    return mkdir(path, 0777) < 0 && errno != EEXIST ? -1 : 0;
}

/* Takes the output directory's lock (DIR/.callbrief.lock, flock), so two
 * runs never interleave their files.  Returns the descriptor, to be closed
 * when done; -1 after saying who holds it; -2 when the directory does not
 * take files. */
static int S_lock_output(const char *dir)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/.callbrief.lock", dir);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        diag_error(dir, 0, "cannot write in the output directory: %s", strerror(errno));
        return -2;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
        char pid[32] = "";
        ssize_t n = pread(fd, pid, sizeof pid - 1, 0);
        pid[n > 0 ? n : 0] = '\0';
        pid[strcspn(pid, "\n")] = '\0';
        diag_error(dir, 0, "another callbrief run%s%s%s is writing here; try again when it ends",
                   *pid ? " (pid " : "", pid, *pid ? ")" : "");
        close(fd);
        return -1;
    }
    char pid[32];
    int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) == 0 && pwrite(fd, pid, (size_t)n, 0) < 0)
        diag_info(path, 0, "cannot record the pid: %s", strerror(errno));
    return fd;
}

/* Makes sure the output directory exists and takes files; -1 if not. */
static int S_prepare_output(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) < 0) {
        if (errno != ENOENT || S_mkdirs(dir) < 0) {
            diag_error(dir, 0, "cannot create the output directory: %s", strerror(errno));
            return -1;
        }
    } else if (!S_ISDIR(st.st_mode)) {
        diag_error(dir, 0, "the output path is not a directory");
        return -1;
    }
    return 0;
}

/* Whether files can be created in dir (called under the lock: the probe's
 * temporary is what a killed run's would look like). */
static int S_probe_output(const char *dir)
{
    char probe[4200], err[4400];
    snprintf(probe, sizeof probe, "%s/.callbrief-probe", dir);
    if (atomic_file_write(probe, "", 0, err, sizeof err) < 0) {
        diag_error(dir, 0, "cannot write in the output directory: %s",
                   strstr(err, ": ") ? strrchr(err, ':') + 2 : err);
        return -1;
    }
    unlink(probe);
    return 0;
}

/* A host like r's, its settings and plugins loaded; what loading says was
 * said when r's was made.  NULL if it cannot be made. */
static host *S_twin_host(run *r, run *twin)
{
    char err[4200];
    host *old = r->h;
    r->own_opt = *old->opt;
    r->own_opt.config_paths = NULL;
    diag_capture_start();
    host *h = host_new(&r->own_opt, err, sizeof err);
    if (h && (settings_load(h, old->opt->config_used, &r->own_opt) < 0 ||
              S_run_open(twin, h) < 0)) {
        S_run_close(twin);
        host_free(h);
        h = NULL;
    }
    diag_capture_free(diag_capture_stop());
    return h;
}

/* Carries the linked briefing on top of the stack into a new state and
 * closes the one that held the corpus.  What survives link of 10,000
 * extractions (claim texts, names) sits on nearly every page of the heap
 * the corpus filled, so freeing the corpus gave little back: 250 MB stayed
 * resident under 60 MB of briefing, and the PDF's pages came on top.  The
 * briefing is packed (lua_pack.c), the old state closed and its memory
 * returned, and the briefing unpacked into the new state's fresh heap.
 * When the briefing holds what cannot be packed (a plugin left a function
 * in it), the run goes on in the old state. */
static void S_fresh_state(run *r)
{
    char err[256];
    cb_pack pack;
    double t[5];
    t[0] = plugin_clock();
    if (cb_pack_value(r->h->L, -1, &pack, err, sizeof err) < 0) {
        diag_report(DIAG_DEBUG, NULL, 0, NULL, "the briefing stays in the corpus's state (%s)", err);
        return;
    }
    t[1] = plugin_clock();
    run twin = { 0 };
    host *h = S_twin_host(r, &twin);
    if (!h) {
        cb_pack_free(&pack);
        return;
    }
    t[2] = plugin_clock();
    host *old = r->h;
    h->out_dir = old->out_dir;
    lua_pop(old->L, 1);
    for (int s = 0; s < ST_COUNT; s++) {
        plugin_chain_free(old, &r->chains[s]);
        r->chains[s] = twin.chains[s];
    }
    host_close_state(old);      /* the caller's host; r->own was NULL */
    r->h = r->own = h;
    r->heap_kb = 0;
    incremental_rehost(r->inc, h);
    heap_trim();
    t[3] = plugin_clock();
    if (cb_unpack_value(h->L, &pack) < 0) {
        diag_error(NULL, 0, "out of memory");
        lua_pushnil(h->L);      /* the stages after link find no briefing */
    }
    t[4] = plugin_clock();
    diag_report(DIAG_DEBUG, NULL, 0, NULL, "the briefing moved to a new state: %.1f MB packed "
                "in %.2f s, plugins loaded %.2f s, the corpus's state closed %.2f s, unpacked %.2f s",
                pack.len / 1e6, t[1] - t[0], t[2] - t[1], t[3] - t[2], t[4] - t[3]);
    cb_pack_free(&pack);
}

/* A file a render plugin had made on a thread of its own (pdf.write)
 * failed: reported as that plugin's failure (its files are dropped), or,
 * when it could not be written, as any output file that cannot be. */
static void S_made_late(void *ud, const char *name, const char *owner, int how,
                        const char *reason)
{
    run *r = ud;
    const plugin_chain *c = &r->chains[ST_RENDER];
    const plugin *p = NULL;
    for (size_t i = 0; i < c->n && owner && !p; i++)
        if (strcmp(c->v[i].name, owner) == 0)
            p = &c->v[i];
    if (how == ATOMIC_WRITE_FAILED)
        r->h->out_failed = 1;
    if (p)
        plugin_report_failure(p, NULL, reason);
    else
        diag_error(NULL, 0, "%s: %s", name, reason);
}

/* Runs link, compare and render over the Corpus on top of the stack and
 * commits the staged files.  Pops the value. */
static int S_report(run *r)
{
    S_chain(r, ST_LINK, NULL, 0);
    if (lua_istable(r->h->L, -1))
        S_fresh_state(r);
    lua_State *L = r->h->L;
    if (r->inc && lua_istable(L, -1)) {
        char generated[16];
        host_generated(r->h, generated);
        incremental_push_previous(r->inc, r->h->out_dir, generated);
        lua_setfield(L, -2, "previous_calls");
    }
    S_chain(r, ST_COMPARE, NULL, 0);
    /* the gazetteer's index and other shared values are not built after
     * compare; the PDF's peak is the run's */
    shared_clear();
    if (lua_istable(L, -1)) {
        S_push_warnings(L);
        lua_setfield(L, -2, "warnings");
    }
    atomic_set *set = atomic_set_new(r->h->out_dir);
    if (!set) {
        lua_pop(L, 1);
        diag_error(NULL, 0, "out of memory");
        return -1;
    }
    r->h->out = set;
    S_chain(r, ST_RENDER, NULL, 0);
    double t0 = plugin_clock();
    atomic_set_wait(set, S_made_late, r);
    if (plugin_clock() - t0 >= 0.005)
        diag_info(NULL, 0, "render: %.2f s making files after the plugins", plugin_clock() - t0);
    r->h->out = NULL;
    char err[4200];
    int rc = 0;
    if (r->h->out_failed) {
        /* A briefing missing one of its files is worse than last week's
         * whole one: write nothing. */
        diag_error(r->h->out_dir, 0, "an output file could not be written; nothing was changed");
        rc = -1;
    } else if (atomic_set_count(set) == 0) {
        diag_error(NULL, 0, "the render plugins wrote no files; nothing produced");
        rc = -1;
    } else if (atomic_set_commit(set, err, sizeof err) < 0) {
        diag_error(NULL, 0, "%s", err);
        rc = -1;
    } else {
        diag_info(r->h->out_dir, 0, "wrote %zu file%s", atomic_set_count(set),
                  atomic_set_count(set) == 1 ? "" : "s");
        if (r->inc && lua_istable(L, -1))
            incremental_record(r->inc, r->h->out_dir);
    }
    lua_pop(L, 1);
    atomic_set_free(set);
    return rc;
}

/* Fills the extractions list on top of the stack; returns how many. */
typedef lua_Integer (*gather_fn)(run *r);

/* -j: each worker thread has its own host (Lua state, plugins, settings)
 * and leaves, per input, the extractions and its diagnostics in a slot;
 * the main thread takes the slots in input order.  An extraction is
 * MessagePack for a briefing (decoded fast, kept as is by the archive) and
 * a JSON line for `callbrief extract` (printed as is). */
typedef struct slot {
    cb_pack *item;      /* owned, each item's bytes too */
    size_t n, cap;
    diag_capture *diag;
} slot;

typedef struct pjob {
    const cli_options *opt;
    const input_list *list;
    slot *slots;
    /* what a worker makes of each extraction: S_to_msgpack or S_to_json */
    extraction_fn to_slot;
    /* what the main thread does with each slot, in input order, while the
     * workers go on (parallel_run's take) */
    void (*take)(struct pjob *job, size_t i);
    run *r;
    lua_Integer n;          /* extractions taken so far (the run's list) */
} pjob;

static void S_take(size_t i, void *ud)
{
    pjob *job = ud;
    job->take(job, i);
}

typedef struct worker {
    cli_options opt;
    host *h;
    run r;
} worker;

static int S_call_module(lua_State *L, const char *module, const char *func,
                         int nargs, int nresults);

static void *S_worker_init(void *ud)
{
    pjob *job = ud;
    worker *w = calloc(1, sizeof *w);
    char err[4200];
    /* The main thread already reported what setting up says: drop it.
     * A worker only reads and extracts: the plugins of link, compare and
     * render are not loaded (sp25: their Lua and the libraries they
     * require were a sixth of a worker's start). */
    diag_capture_start();
    if (w) {
        w->opt = *job->opt;
        w->opt.config_paths = NULL;
        w->h = host_new(&w->opt, err, sizeof err);
        if (w->h && (settings_load(w->h, job->opt->config_used, &w->opt) < 0 ||
                     S_run_open_to(&w->r, w->h, ST_EXTRACT) < 0)) {
            S_run_close(&w->r);
            host_free(w->h);
            w->h = NULL;
        }
        if (!w->h) {
            free(w);
            w = NULL;
        }
    }
    diag_capture_free(diag_capture_stop());
    return w;
}

/* Room for one more item in sl; NULL when out of memory. */
static cb_pack *S_slot_item(slot *sl)
{
    if (sl->n == sl->cap) {
        size_t cap = sl->cap ? 2 * sl->cap : 2;
        cb_pack *v = realloc(sl->item, cap * sizeof *v);
        if (!v)
            return NULL;
        sl->item = v;
        sl->cap = cap;
    }
    return &sl->item[sl->n];
}

/* extraction_fn of a worker for a briefing: the extraction, popped, as
 * MessagePack in the slot. */
static void S_to_msgpack(run *r, void *ud)
{
    slot *sl = ud;
    cb_pack *item = S_slot_item(sl);
    char err[256];
    if (!item)
        diag_error(NULL, 0, "out of memory keeping an extraction");
    else if (cb_msgpack_encode(r->h->L, -1, item, err, sizeof err) < 0)
        diag_error(NULL, 0, "encoding an extraction: %s", err);
    else
        sl->n++;
    lua_pop(r->h->L, 1);
}

/* extraction_fn of a worker for `callbrief extract`: the extraction,
 * popped, as a line of JSON in the slot. */
static void S_to_json(run *r, void *ud)
{
    slot *sl = ud;
    lua_State *L = r->h->L;
    if (S_call_module(L, "callbrief.json", "encode", 1, 1) < 0)
        return;
    cb_pack *item = S_slot_item(sl);
    size_t len;
    const char *json = lua_tolstring(L, -1, &len);
    if (item && (item->bytes = malloc(len + 1))) {
        memcpy(item->bytes, json, len + 1);
        item->len = item->cap = len;
        sl->n++;
    } else {
        diag_error(NULL, 0, "out of memory keeping an extraction");
    }
    lua_pop(L, 1);
}

static void S_worker_work(void *state, size_t i, void *ud)
{
    worker *w = state;
    pjob *job = ud;
    diag_capture_start();
    S_extract_input(&w->r, &job->list->v[i], job->to_slot, &job->slots[i]);
    job->slots[i].diag = diag_capture_stop();
    diag_progress_tick();
}

static void S_worker_fini(void *state)
{
    worker *w = state;
    S_run_close(&w->r);
    host_free(w->h);
    free(w);
}

/* Takes one input's slot: its diagnostics replayed, its extractions
 * decoded onto the list on top of the stack (after index n0) and their
 * bytes freed.  Returns how many. */
static lua_Integer S_take_slot(run *r, slot *sl, lua_Integer n0)
{
    lua_State *L = r->h->L;
    lua_Integer n = n0;
    diag_replay(sl->diag);
    for (size_t k = 0; k < sl->n; k++) {
        if (cb_msgpack_decode(L, sl->item[k].bytes, sl->item[k].len, "extraction") == 0)
            lua_rawseti(L, -2, ++n);
        else {
            diag_error(NULL, 0, "decoding %s", lua_tostring(L, -1));
            lua_pop(L, 1);
        }
        cb_pack_free(&sl->item[k]);
    }
    free(sl->item);
    return n - n0;
}

/* Appends the cached extractions of the inputs the archive knows to the
 * list on top of the stack; fills `miss` (not owning its strings) with the
 * others.  Inputs the period prefilter leaves unread (incremental_lookup's
 * 2) are in neither: the archive keeps them. */
static lua_Integer S_take_cached(run *r, const input_list *list, input_list *miss)
{
    lua_State *L = r->h->L;
    lua_Integer n = 0;
    miss->v = calloc(list->n ? list->n : 1, sizeof *miss->v);
    miss->n = 0;
    for (size_t i = 0; i < list->n; i++) {
        int got = r->inc ? incremental_lookup(r->inc, &list->v[i]) : 0;
        if (got == 1) {
            for (lua_Integer k = 1; k <= (lua_Integer)lua_rawlen(L, -1); k++) {
                lua_rawgeti(L, -1, k);
                lua_rawseti(L, -3, (lua_Integer)lua_rawlen(L, -3) + 1);
                n++;
            }
            lua_pop(L, 1);
            diag_progress_tick();
        } else if (got == 2) {
            diag_progress_tick();
        } else if (miss->v) {
            miss->v[miss->n++] = list->v[i];
        }
    }
    return n;
}

/* Extracts the inputs of `miss` one after another onto the list on top of
 * the stack (after index *n), keeping each in the archive. */
static void S_extract_serial(run *r, const input_list *miss, lua_Integer *n)
{
    for (size_t i = 0; i < miss->n; i++) {
        lua_Integer first = *n + 1;
        S_extract_input(r, &miss->v[i], S_append, n);
        if (r->inc)
            incremental_store(r->inc, &miss->v[i], -1, (long)first, (long)*n);
        diag_progress_tick();
    }
}

/* The period prefilter's end (incremental_settle_period): the documents
 * left unread become the corpus's `unlinked` (the corpus is under the list
 * on top of the stack), but for those that may hold a call of the people
 * of an undated call with partial facts, read after all.  Returns how many
 * extractions that added; *left how many inputs stay unread. */
static lua_Integer S_take_unread(run *r, size_t *left)
{
    lua_State *L = r->h->L;
    input_list need = { 0 }, miss = { 0 };
    *left = 0;
    if (!r->inc)
        return 0;
    *left = (size_t)incremental_settle_period(r->inc, &need);
    if (lua_isnil(L, -1))
        lua_pop(L, 1);
    else
        lua_setfield(L, -3, "unlinked");
    lua_Integer n = S_take_cached(r, &need, &miss);
    lua_Integer start = (lua_Integer)lua_rawlen(L, -1), end = start;
    S_extract_serial(r, &miss, &end);
    free(miss.v);
    free(need.v);
    return n + end - start;
}

/* Decodes input i's extractions into the run's list as soon as a worker
 * has made them, and keeps them in the archive as the worker encoded
 * them, a MessagePack array of the items. */
static void S_take_extraction(pjob *job, size_t i)
{
    slot *sl = &job->slots[i];
    size_t want = sl->n;
    cb_pack list = { 0 };
    int keep = job->r->inc && want && cb_msgpack_join(sl->item, sl->n, &list) == 0;
    lua_Integer first = job->n + 1;
    job->n += S_take_slot(job->r, sl, job->n);
    if (keep && job->n - first + 1 == (lua_Integer)want)
        incremental_store_packed(job->r->inc, &job->list->v[i], -1, (long)first, list.bytes,
                                 list.len);
    cb_pack_free(&list);
}

static lua_Integer S_gather_inputs(run *r)
{
    input_list list = { 0 }, miss = { 0 };
    lua_State *L = r->h->L;
    const cli_options *opt = r->h->opt;
    S_collect(opt, &list);
    if (opt->verbosity >= 0 && isatty(STDERR_FILENO))
        diag_progress_start("reading", list.n);
    if (r->inc)
        incremental_use_period(r->inc, &r->chains[ST_LINK]);
    lua_Integer cached = S_take_cached(r, &list, &miss);
    lua_Integer base = (lua_Integer)lua_rawlen(L, -1), n = base;
    int done = 0;
    if (opt->jobs > 1 && miss.n > 1) {
        slot *slots = calloc(miss.n, sizeof *slots);
        pjob job = { opt, &miss, slots, S_to_msgpack, S_take_extraction, r, n };
        if (slots && parallel_run(miss.n, opt->jobs, S_worker_init, S_worker_work,
                                  S_worker_fini, S_take, &job) == 0) {
            n = job.n;
            done = 1;
        } else {
            diag_warn(NULL, 0, "could not start worker threads; working on one");
        }
        free(slots);
    }
    if (!done)
        S_extract_serial(r, &miss, &n);
    size_t left = 0;
    cached += S_take_unread(r, &left);
    diag_progress_done();
    if (r->inc && left > 0)
        diag_info(NULL, 0, "%lld document%s from the archive, %zu read, %zu left unread"
                  " outside the period", (long long)cached, cached == 1 ? "" : "s", miss.n, left);
    else if (r->inc)
        diag_info(NULL, 0, "%lld document%s from the archive, %zu read", (long long)cached,
                  cached == 1 ? "" : "s", miss.n);
    free(miss.v);
    inputs_list_free(&list);
    /* (inputs left unread still count: the briefing lists them) */
    return n - base + cached + (lua_Integer)left;
}

static int S_id_less(lua_State *L)
{
    lua_getfield(L, 1, "document");
    lua_getfield(L, -1, "id");
    lua_getfield(L, 2, "document");
    lua_getfield(L, -1, "id");
    const char *a = lua_tostring(L, -3), *b = lua_tostring(L, -1);
    lua_pushboolean(L, a && b && strcmp(a, b) < 0);
    return 1;
}

/* Extractions are sorted by document id, so a briefing does not depend on
 * the order inputs (or shards of JSON Lines) were given in. */
static void S_sort_extractions(lua_State *L)
{
    lua_getglobal(L, "table");
    lua_getfield(L, -1, "sort");
    lua_remove(L, -2);
    lua_pushvalue(L, -2);
    lua_pushcfunction(L, S_id_less);
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
        diag_error(NULL, 0, "sorting documents: %s", lua_tostring(L, -1));
        lua_pop(L, 1);
    }
}

/* The whole run around a way of gathering extractions: output directory,
 * lock, plugins, link → compare → render, commit. */
static int S_briefing(host *h, gather_fn gather)
{
    const cli_options *opt = h->opt;
    if (S_need_inputs(opt) < 0)
        return CB_EXIT_USAGE;
    char label[32], dated[4200];
    h->out_dir = opt->output_dir;
    if (opt->dated) {
        host_label(h, label);
        snprintf(dated, sizeof dated, "%s/%s", opt->output_dir, label);
        h->out_dir = dated;
    }
    if (S_prepare_output(h->out_dir) < 0)
        return CB_EXIT_NOTHING;
    int lock = S_lock_output(opt->output_dir);
    if (lock < 0)
        return lock == -2 ? CB_EXIT_NOTHING : CB_EXIT_LOCKED;
    outdir_clean_temporaries(h->out_dir);   /* left by a killed run; we hold the lock */
    if (S_probe_output(h->out_dir) < 0) {
        close(lock);
        return CB_EXIT_NOTHING;
    }
    run r;
    if (S_run_open(&r, h) < 0) {
        S_run_close(&r);
        close(lock);
        return CB_EXIT_NOTHING;
    }
    if (!opt->no_db) {
        char db[4200];
        int locked;
        snprintf(db, sizeof db, "%s", opt->db ? opt->db : "");
        if (!opt->db)
            snprintf(db, sizeof db, "%s/callbrief.db", opt->output_dir);
        r.inc = incremental_open(h, db, &r.chains[ST_SOURCE], &r.chains[ST_EXTRACT], &locked);
        if (!r.inc) {
            S_run_close(&r);
            close(lock);
            return locked ? CB_EXIT_LOCKED : CB_EXIT_NOTHING;
        }
    }
    lua_State *L = r.h->L;
    lua_createtable(L, 0, 2);
    lua_newtable(L);
    double t0 = plugin_clock();
    lua_Integer n = gather(&r);
    S_sort_extractions(L);
    diag_info(NULL, 0, "reading and extracting: %.2f s", plugin_clock() - t0);
    lua_setfield(L, -2, "extractions");
    int rc = 0;
    if (n == 0) {
        diag_error(NULL, 0, "no usable articles in the input; nothing written");
        lua_pop(L, 1);
        rc = -1;
    } else {
        S_push_warnings(L);
        lua_setfield(L, -2, "warnings");
        rc = S_report(&r);
    }
    char err[4400];
    if (rc == 0 && opt->dated && outdir_publish(opt->output_dir, label, opt->keep, err, sizeof err) < 0) {
        diag_error(NULL, 0, "%s", err);
        rc = -1;
    }
    S_run_close(&r);
    close(lock);
    if (rc < 0)
        diag_status(CB_EXIT_NOTHING);
    return diag_exit_status();
}

int pipeline_run(host *h)
{
    return S_briefing(h, S_gather_inputs);
}

static int S_call_module(lua_State *L, const char *module, const char *func,
                         int nargs, int nresults);

/* Appends the extractions in one JSON Lines stream; bad lines are named
 * and skipped. */
static void S_read_jsonl(run *r, FILE *f, const char *name, lua_Integer *n)
{
    lua_State *L = r->h->L;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    while ((len = getline(&line, &cap, f)) > 0) {
        lineno++;
        if (len <= 1)
            continue;
        char chunk[4200];
        snprintf(chunk, sizeof chunk, "%s:%ld", name, lineno);
        lua_pushlstring(L, line, (size_t)len);
        lua_pushstring(L, chunk);
        if (S_call_module(L, "callbrief.json", "decode", 2, 2) < 0)
            continue;
        if (!lua_istable(L, -2) || lua_getfield(L, -2, "document") != LUA_TTABLE) {
            if (lua_istable(L, -2))
                lua_pop(L, 1);
            diag_error(name, lineno, "%s", lua_isstring(L, -1) ? lua_tostring(L, -1)
                                              : "not an extraction (no document)");
            diag_status(CB_EXIT_INPUT);
            lua_pop(L, 2);
            continue;
        }
        lua_pop(L, 2);
        lua_rawseti(L, -2, ++*n);
    }
    free(line);
}

static lua_Integer S_gather_jsonl(run *r)
{
    const cli_options *opt = r->h->opt;
    lua_Integer n = 0;
    for (int i = 0; i < opt->npaths; i++) {
        const char *path = opt->paths[i];
        if (strcmp(path, "-") == 0) {
            S_read_jsonl(r, stdin, "-", &n);
            continue;
        }
        FILE *f = fopen(path, "r");
        if (!f) {
            diag_error(path, 0, "%s", strerror(errno));
            diag_status(CB_EXIT_INPUT);
            continue;
        }
        S_read_jsonl(r, f, path, &n);
        fclose(f);
    }
    return n;
}

int pipeline_report(host *h)
{
    return S_briefing(h, S_gather_jsonl);
}

/* Calls module_name.func(args on the stack: nargs) in protected mode;
 * leaves nresults or reports the error and returns -1. */
static int S_call_module(lua_State *L, const char *module, const char *func,
                         int nargs, int nresults)
{
    lua_pushcfunction(L, sandbox_require);
    lua_pushstring(L, module);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
        diag_error(NULL, 0, "%s", lua_tostring(L, -1));
        lua_pop(L, 1 + nargs);
        return -1;
    }
    lua_getfield(L, -1, func);
    lua_remove(L, -2);
    lua_insert(L, -1 - nargs);
    if (lua_pcall(L, nargs, nresults, 0) != LUA_OK) {
        diag_error(NULL, 0, "%s.%s: %s", module, func, lua_tostring(L, -1));
        lua_pop(L, 1);
        return -1;
    }
    return 0;
}

/* extraction_fn: one JSON line on stdout. */
static void S_print_line(run *r, void *ud)
{
    lua_State *L = r->h->L;
    size_t *done = ud;
    if (S_call_module(L, "callbrief.json", "encode", 1, 1) < 0) {
        diag_status(CB_EXIT_PLUGIN);
        return;
    }
    size_t len;
    const char *line = lua_tolstring(L, -1, &len);
    fwrite(line, 1, len, stdout);
    fputc('\n', stdout);
    lua_pop(L, 1);
    ++*done;
}

/* Prints input i's lines as soon as a worker has made them. */
static void S_print_slot(pjob *job, size_t i)
{
    slot *sl = &job->slots[i];
    diag_replay(sl->diag);
    for (size_t k = 0; k < sl->n; k++) {
        fwrite(sl->item[k].bytes, 1, sl->item[k].len, stdout);
        putchar('\n');
        cb_pack_free(&sl->item[k]);
        job->n++;
    }
    free(sl->item);
}

int pipeline_extract(host *h)
{
    const cli_options *opt = h->opt;
    if (S_need_inputs(opt) < 0)
        return CB_EXIT_USAGE;
    run r;
    input_list list = { 0 };
    /* source and extract only: the later stages' plugins are not loaded */
    if (S_run_open_to(&r, h, ST_EXTRACT) < 0) {
        S_run_close(&r);
        return CB_EXIT_NOTHING;
    }
    S_collect(opt, &list);
    size_t done = 0;
    slot *slots = opt->jobs > 1 && list.n > 1 ? calloc(list.n, sizeof *slots) : NULL;
    pjob job = { opt, &list, slots, S_to_json, S_print_slot, &r, 0 };
    if (slots && parallel_run(list.n, opt->jobs, S_worker_init, S_worker_work,
                              S_worker_fini, S_take, &job) == 0) {
        done = (size_t)job.n;
    } else {
        /* one state, and no other after it: ctx.shared need not pack
         * what no state will unpack (the gazetteer's index, 4 % of the
         * instructions of 100 documents) */
        shared_set_limit(0);
        for (size_t i = 0; i < list.n; i++)
            S_extract_input(&r, &list.v[i], S_print_line, &done);
    }
    free(slots);
    inputs_list_free(&list);
    S_run_close(&r);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        diag_error(NULL, 0, "standard output: %s", strerror(errno));
        diag_status(CB_EXIT_NOTHING);
    }
    if (done == 0)
        diag_status(CB_EXIT_NOTHING);
    return diag_exit_status();
}

/* Pushes the decoded JSON file at path, or returns -1 after reporting. */
static int S_push_json_file(lua_State *L, const char *path)
{
    char err[4200];
    size_t len;
    char *data = host_read_file(path, &len, err, sizeof err);
    if (!data) {
        diag_error(NULL, 0, "%s", err);
        return -1;
    }
    lua_pushlstring(L, data, len);
    free(data);
    lua_pushstring(L, path);
    if (S_call_module(L, "callbrief.json", "decode", 2, 2) < 0)
        return -1;
    if (lua_isnil(L, -2)) {
        diag_error(NULL, 0, "%s", lua_tostring(L, -1));
        lua_pop(L, 2);
        return -1;
    }
    lua_pop(L, 1);
    return 0;
}

int pipeline_eval(host *h)
{
    const cli_options *opt = h->opt;
    lua_State *L = h->L;
    int rc = CB_EXIT_NOTHING;
    if (S_push_json_file(L, opt->paths[0]) == 0) {
        if (S_push_json_file(L, opt->paths[1]) == 0) {
            lua_createtable(L, 0, 2);
            lua_getfield(L, LUA_REGISTRYINDEX, "callbrief.modules");
            lua_getfield(L, -1, "callbrief.text");
            lua_getfield(L, -1, "fold");
            lua_setfield(L, -4, "fold");
            lua_pop(L, 2);
            if (S_call_module(L, "callbrief.eval", "score", 3, 1) == 0) {
                lua_pushboolean(L, opt->eval_verbose);
                if (S_call_module(L, "callbrief.eval", "report", 2, 1) == 0) {
                    fputs(lua_tostring(L, -1) ? lua_tostring(L, -1) : "", stdout);
                    lua_pop(L, 1);
                    rc = CB_EXIT_OK;
                }
            }
        } else {
            lua_pop(L, 1);
        }
    }
    return rc;
}

int pipeline_plugins(host *h)
{
    run r;
    if (S_run_open(&r, h) < 0) {
        S_run_close(&r);
        return CB_EXIT_NOTHING;
    }
    printf("%-8s %-16s %-8s %-8s %-8s %s\n", "STAGE", "NAME", "VERSION", "ENABLED", "LIMITS",
           "FILE");
    for (int s = 0; s < ST_COUNT; s++)
        for (size_t i = 0; i < r.chains[s].n; i++) {
            const plugin *p = &r.chains[s].v[i];
            /* all: instructions, memory and seconds; built-ins: no budget */
            printf("%-8s %-16s %-8s %-8s %-8s %s\n", p->stage, p->name, p->version,
                   !p->enabled ? "no" : p->trusted ? "trusted" : "yes",
                   p->trusted ? "none" : p->builtin ? "mem,time" : "all", p->file);
        }
    S_run_close(&r);
    return diag_exit_status();
}

static int S_stage_of(const char *stage)
{
    for (int s = 0; s < ST_COUNT; s++)
        if (strcmp(plugin_stages[s], stage) == 0)
            return s;
    return -1;
}

/* Prints the value on top of the stack as indented JSON (pops it). */
static void S_print_json(lua_State *L)
{
    lua_createtable(L, 0, 1);
    lua_pushinteger(L, 2);
    lua_setfield(L, -2, "indent");
    if (S_call_module(L, "callbrief.json", "encode", 2, 1) == 0) {
        puts(lua_tostring(L, -1));
        lua_pop(L, 1);
    }
}

/* For an extract plugin, what it produced is the mentions: replaces the
 * Extraction on top by {document = id, calls, claims}. */
static void S_trim_extraction(lua_State *L)
{
    lua_createtable(L, 0, 3);
    lua_getfield(L, -2, "document");
    lua_getfield(L, -1, "id");
    lua_setfield(L, -3, "document");
    lua_pop(L, 1);
    lua_getfield(L, -2, "calls");
    lua_setfield(L, -2, "calls");
    lua_getfield(L, -2, "claims");
    lua_setfield(L, -2, "claims");
    lua_remove(L, -2);
}

/* extraction_fn: prints a Document the source stage made. */
static void S_print_document(run *r, void *ud)
{
    (void)ud;
    S_print_json(r->h->L);
}

/* extraction_fn: prints what extract found. */
static void S_print_mentions(run *r, void *ud)
{
    (void)ud;
    S_trim_extraction(r->h->L);
    S_print_json(r->h->L);
}

/* The articles to try a plugin on: those named, else the worked example. */
static void S_check_inputs(host *h, input_list *list)
{
    const cli_options *opt = h->opt;
    char err[1024];
    if (opt->npaths > 1) {
        for (int i = 1; i < opt->npaths; i++)
            if (inputs_collect(opt->paths[i], list, err, sizeof err) < 0) {
                diag_error(opt->paths[i], 0, "%s", err);
                diag_status(CB_EXIT_INPUT);
            }
        return;
    }
    char example[4200];
    snprintf(example, sizeof example, "%s/examples/karabakh-2020/docs", h->datadir);
    if (inputs_collect(example, list, err, sizeof err) < 0)
        diag_error(example, 0, "the example articles are missing: name articles to try the plugin on");
}

/* Runs the render stage on the Briefing on top (popped) into a new
 * temporary directory, and says which files it wrote. */
static void S_check_render(run *r)
{
    lua_State *L = r->h->L;
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/callbrief-check-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    atomic_set *set = mkdtemp(dir) ? atomic_set_new(dir) : NULL;
    if (!set) {
        diag_error(dir, 0, "cannot create a directory for the output: %s", strerror(errno));
        lua_pop(L, 1);
        return;
    }
    r->h->out = set;
    S_chain(r, ST_RENDER, NULL, 0);
    double t0 = plugin_clock();
    atomic_set_wait(set, S_made_late, r);
    if (plugin_clock() - t0 >= 0.005)
        diag_info(NULL, 0, "render: %.2f s making files after the plugins", plugin_clock() - t0);
    r->h->out = NULL;
    lua_pop(L, 1);
    char err[4200];
    if (atomic_set_commit(set, err, sizeof err) < 0)
        diag_error(NULL, 0, "%s", err);
    else
        printf("wrote %zu file%s in %s\n", atomic_set_count(set),
               atomic_set_count(set) == 1 ? "" : "s", dir);
    atomic_set_free(set);
}

int pipeline_check_plugin(host *h)
{
    const cli_options *opt = h->opt;
    plugin p;
    if (plugin_load_file(h, opt->paths[0], &p) < 0)
        return CB_EXIT_PLUGIN;
    int stage = S_stage_of(p.stage);
    fprintf(stderr, "callbrief: %s: plugin %s (%s), version %s: manifest ok\n",
            p.file, p.name, p.stage, p.version);
    run r;
    input_list list = { 0 };
    if (S_run_open(&r, h) < 0) {
        S_run_close(&r);
        return CB_EXIT_NOTHING;
    }
    plugin_chain_add(h, &r.chains[stage], p);
    S_check_inputs(h, &list);
    lua_State *L = h->L;
    lua_createtable(L, (int)list.n, 0);
    lua_Integer n = 0;
    for (size_t i = 0; i < list.n; i++) {
        if (stage == ST_SOURCE) {
            if (S_push_input(&r, &list.v[i]) == 0)
                S_source_from(&r, &list.v[i], 0, list.v[i].path, 0, S_print_document, NULL);
            continue;
        }
        S_extract_input(&r, &list.v[i], stage == ST_EXTRACT ? S_print_mentions : S_append,
                        stage == ST_EXTRACT ? NULL : (void *)&n);
    }
    inputs_list_free(&list);
    if (stage > ST_EXTRACT && n > 0) {
        lua_createtable(L, 0, 2);
        lua_insert(L, -2);
        lua_setfield(L, -2, "extractions");
        S_push_warnings(L);
        lua_setfield(L, -2, "warnings");
        S_chain(&r, ST_LINK, NULL, 0);
        if (stage >= ST_COMPARE)
            S_chain(&r, ST_COMPARE, NULL, 0);
        if (stage == ST_RENDER) {
            S_check_render(&r);
        } else {
            lua_getfield(L, -1, "calls");
            lua_remove(L, -2);
            S_print_json(L);
        }
    } else {
        lua_pop(L, 1);
    }
    S_run_close(&r);
    return diag_exit_status();
}
