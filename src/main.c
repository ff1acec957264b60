/*
 * main.c — callbrief: read articles about calls between leaders, write a
 * briefing.  Parses the command line, reads the configuration, and hands
 * over to pipeline.c.
 */
#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "settings.h"
#include "diag.h"
#include "host.h"
#include "pipeline.h"
#include "sandbox.h"
#include "profile.h"
#include "shared_disk.h"

/* The disk tier of ctx.shared (shared_disk.h): its directory, before the
 * run's threads start.  Out of memory, the run has no cache. */
static void S_set_cache(const cli_options *o)
{
    char buf[4096];
    if (shared_disk_set_dir(settings_cache_dir(o, buf, sizeof buf)) < 0)
        shared_disk_set_dir(NULL);
}

static int S_dispatch(host *h)
{
    switch (h->opt->command) {
    case CLI_EXTRACT: return pipeline_extract(h);
    case CLI_REPORT: return pipeline_report(h);
    case CLI_EVAL: return pipeline_eval(h);
    case CLI_PLUGINS: return pipeline_plugins(h);
    case CLI_CHECK_PLUGIN: return pipeline_check_plugin(h);
    default: return pipeline_run(h);
    }
}

int main(int argc, char **argv)
{
    /* No fastbins: Lua and jansson free millions of small blocks, and
     * glibc spent a tenth of a weekly run consolidating fastbins (measured
     * with perf; the same memory peak, 9 % faster).  Only when built
     * --without-jemalloc: jemalloc ignores glibc's settings. */
    mallopt(M_MXFAST, 0);
    setlocale(LC_CTYPE, "C.UTF-8");
    cli_options opt;
    if (cli_parse(argc, argv, &opt) < 0)
        return CB_EXIT_USAGE;
    diag_set_verbosity(opt.verbosity);
    /* Quiet on success when nobody watches (cron): warnings are kept for
     * the briefing and printed only if the run fails. */
    diag_set_deferred(opt.verbosity == 0 && !isatty(STDERR_FILENO) &&
                      (opt.command == CLI_RUN || opt.command == CLI_REPORT));
    if (opt.command == CLI_HELP) {
        cli_print_help(NULL);
        return CB_EXIT_OK;
    }
    if (opt.command == CLI_VERSION) {
        cli_print_version();
        return CB_EXIT_OK;
    }
    char err[4200];
    host *h = host_new(&opt, err, sizeof err);
    if (!h) {
        diag_error(NULL, 0, "%s", err);
        return CB_EXIT_NOTHING;
    }
    char *config = settings_find(&opt);
    int rc;
    if (settings_load(h, config, &opt) < 0)
        rc = CB_EXIT_USAGE;
    else if (opt.print_config) {
        settings_print(h, &opt);
        rc = CB_EXIT_OK;
    } else if (S_set_cache(&opt), profile_start(h->L, err, sizeof err) < 0) {
        diag_error(NULL, 0, "%s", err);
        rc = CB_EXIT_USAGE;
    } else {
        rc = S_dispatch(h);
        if (profile_finish(err, sizeof err) < 0)
            diag_error(NULL, 0, "%s", err);
    }
    if (rc != CB_EXIT_OK)
        diag_flush_deferred();
    host_free(h);
    sandbox_forget();
    free(config);
    free(opt.config_paths);
    diag_reset();
    if (fflush(stdout) != 0 && rc == CB_EXIT_OK)
        rc = CB_EXIT_NOTHING;
    return rc;
}
