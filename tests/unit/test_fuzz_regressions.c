/*
 * test_fuzz_regressions.c — replays every input under
 * tests/fuzz/regressions/TARGET/ (inputs that once crashed a fuzz target)
 * and tests/fuzz/corpus/TARGET/ (the seeds) through the very entry points
 * the libFuzzer targets use, built with the normal compiler and linked with
 * libcallbrief.a.  Each input runs in a child process, so a crash, an
 * abort() from a target's own check, or a sanitizer report (with
 * ./configure --enable-sanitizers) fails that one case.  TAP on stdout.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define LLVMFuzzerTestOneInput fuzz_source_one
#include "fuzz_source.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_markdown_pdf_one
#include "fuzz_markdown_pdf.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_json_one
#include "fuzz_json.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_msgpack_one
#include "fuzz_msgpack.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_settings_one
#include "fuzz_settings.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_yaml_one
#include "fuzz_yaml.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_html_one
#include "fuzz_html.c"
#undef LLVMFuzzerTestOneInput

static const struct {
    const char *name;
    int (*run)(const uint8_t *, size_t);
} S_targets[] = {
    { "fuzz_source", fuzz_source_one },
    { "fuzz_markdown_pdf", fuzz_markdown_pdf_one },
    { "fuzz_json", fuzz_json_one },
    { "fuzz_msgpack", fuzz_msgpack_one },
    { "fuzz_settings", fuzz_settings_one },
    { "fuzz_yaml", fuzz_yaml_one },
    { "fuzz_html", fuzz_html_one },
};

typedef struct { char *path; int target; } item;

static int S_cmp(const void *a, const void *b)
{
    return strcmp(((const item *)a)->path, ((const item *)b)->path);
}

static void S_collect(const char *dir, int target, item **v, size_t *n, size_t *cap)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 64;
            *v = realloc(*v, *cap * sizeof **v);
            if (!*v)
                exit(1);
        }
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(len);
        if (!p)
            exit(1);
        snprintf(p, len, "%s/%s", dir, e->d_name);
        (*v)[(*n)++] = (item){ p, target };
    }
    closedir(d);
}

static int S_replay(const item *it)
{
    FILE *f = fopen(it->path, "rb");
    if (!f)
        return 1;
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0, r;
    do {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            if (!(buf = realloc(buf, cap)))
                return 1;
        }
        r = fread(buf + len, 1, cap - len, f);
        len += r;
    } while (r > 0);
    fclose(f);
    S_targets[it->target].run(buf, len);
    free(buf);
    return 0;
}

int main(void)
{
    const char *src = getenv("top_srcdir");
    if (!src || !*src)
        src = CB_ABS_TOP_SRCDIR;
    setenv("CALLBRIEF_DATADIR", src, 0); /* the plugins, wherever this runs */
    item *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t t = 0; t < sizeof S_targets / sizeof *S_targets; t++) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/tests/fuzz/regressions/%s", src, S_targets[t].name);
        S_collect(dir, (int)t, &v, &n, &cap);
        snprintf(dir, sizeof dir, "%s/tests/fuzz/corpus/%s", src, S_targets[t].name);
        S_collect(dir, (int)t, &v, &n, &cap);
    }
    if (n == 0) {
        printf("1..0 # SKIP no inputs under %s/tests/fuzz\n", src);
        return 0;
    }
    qsort(v, n, sizeof *v, S_cmp);
    printf("1..%zu\n", n);
    fflush(stdout);
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rel = strstr(v[i].path, "tests/fuzz/");
        rel = rel ? rel + strlen("tests/fuzz/") : v[i].path;
        pid_t pid = fork();
        if (pid == 0) {
            int rc = S_replay(&v[i]);
            fflush(NULL);
            _exit(rc);
        }
        int status = 0;
        int ok = pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
                 WEXITSTATUS(status) == 0;
        printf("%sok %zu - %s: %s\n", ok ? "" : "not ", i + 1, S_targets[v[i].target].name, rel);
        if (!ok) {
            failed++;
            if (WIFSIGNALED(status))
                printf("# killed by signal %d\n", WTERMSIG(status));
            else
                printf("# exit status %d\n", WEXITSTATUS(status));
        }
        fflush(stdout);
        free(v[i].path);
    }
    free(v);
    return failed != 0;
}
