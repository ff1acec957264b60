/*
 * main.c — callbrief: read articles about calls between leaders, write a
 * briefing.  Parses the command line and hands over to pipeline.c.
 */
#include <locale.h>
#include <stdio.h>

#include "cli.h"
#include "diag.h"
#include "pipeline.h"

int main(int argc, char **argv)
{
    setlocale(LC_CTYPE, "C.UTF-8");
    cli_options opt;
    if (cli_parse(argc, argv, &opt) < 0)
        return CB_EXIT_USAGE;
    diag_set_verbosity(opt.verbosity);
    int rc;
    switch (opt.command) {
    case CLI_HELP: cli_print_help(NULL); rc = CB_EXIT_OK; break;
    case CLI_VERSION: cli_print_version(); rc = CB_EXIT_OK; break;
    case CLI_EXTRACT: rc = pipeline_extract(&opt); break;
    case CLI_EVAL: rc = pipeline_eval(&opt); break;
    case CLI_PLUGINS: rc = pipeline_plugins(&opt); break;
    default: rc = pipeline_run(&opt); break;
    }
    diag_reset();
    if (fflush(stdout) != 0 && rc == CB_EXIT_OK)
        rc = CB_EXIT_NOTHING;
    return rc;
}
