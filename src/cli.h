/*
 * cli.h — the command line.
 *
 *   callbrief [OPTION]... PATH...            the whole pipeline: a briefing
 *   callbrief extract [OPTION]... PATH...    source + extract, JSON Lines on stdout
 *   callbrief eval [--verbose] GOLD BRIEFING score a briefing against gold
 *   callbrief plugins                        list the plugins
 */
#ifndef CB_CLI_H
#define CB_CLI_H

#include <stddef.h>

enum cli_command { CLI_RUN, CLI_EXTRACT, CLI_EVAL, CLI_PLUGINS, CLI_HELP, CLI_VERSION };

enum cli_format { CLI_FMT_MD = 1, CLI_FMT_PDF = 2, CLI_FMT_JSON = 4 };

typedef struct cli_options {
    enum cli_command command;
    const char *output_dir;   /* -o, default "." */
    unsigned formats;         /* CLI_FMT_* bits, default all */
    const char *title;        /* --title, may be NULL */
    const char *template_file;/* --template, may be NULL */
    const char *paper;        /* --paper: "a4" (default) or "letter" */
    size_t max_input_size;    /* --max-input-size, bytes */
    int verbosity;            /* -q: -1, -v: +1 each */
    int eval_verbose;         /* eval --verbose */
    char **paths;             /* operands (points into argv) */
    int npaths;
} cli_options;

/* Parses argv into o.  Returns 0, or -1 after printing a usage error
 * ("callbrief: ..." and a hint to --help) on stderr. */
int cli_parse(int argc, char **argv, cli_options *o);

void cli_print_help(const char *command);
void cli_print_version(void);

#endif
