/*
 * cli.h — the command line.
 *
 *   callbrief [OPTION]... PATH...            the whole pipeline: a briefing
 *   callbrief extract [OPTION]... PATH...    source + extract, JSON Lines on stdout
 *   callbrief report [OPTION]... JSONL...    link + compare + render over them
 *   callbrief eval [--verbose] GOLD BRIEFING score a briefing against gold
 *   callbrief plugins                        list the plugins
 */
#ifndef CB_CLI_H
#define CB_CLI_H

#include <stddef.h>

enum cli_command { CLI_RUN, CLI_EXTRACT, CLI_REPORT, CLI_EVAL, CLI_PLUGINS, CLI_CHECK_PLUGIN, CLI_HELP, CLI_VERSION };

enum cli_format { CLI_FMT_MD = 1, CLI_FMT_PDF = 2, CLI_FMT_JSON = 4, CLI_FMT_HTML = 8 };

/* Options left unset (NULL, 0) by the command line are taken from the
 * configuration file, then from cli_apply_defaults(). */
typedef struct cli_options {
    enum cli_command command;
    const char *output_dir;   /* -o, default "." */
    unsigned formats;         /* CLI_FMT_* bits, default md, pdf, json */
    const char *title;        /* --title, may be NULL */
    const char *template_file;/* --template, may be NULL */
    const char *paper;        /* --paper: "a4" (default) or "letter" */
    size_t max_input_size;    /* --max-input-size, bytes */
    int verbosity;            /* -q: -1, -v: +1 each */
    int eval_verbose;         /* eval --verbose */
    int jobs;                 /* -j: worker threads for source + extract */
    const char *since, *until;/* --since, --until: ISO dates */
    const char *week;         /* --week 2020-W44 */
    const char *period_name;  /* --period last-week|this-week|last-month|this-month */
    int dated;                /* --dated: write into OUTPUT/LABEL/, OUTPUT/latest */
    const char *db;           /* --db FILE: the archive (default OUTPUT/callbrief.db) */
    int no_db;                /* --no-db */
    const char *cache_dir;    /* --cache-dir DIR: values kept between runs */
    int no_cache;             /* --no-cache */
    int keep;                 /* --keep N dated folders (0: all) */
    const char *config_file;  /* --config */
    const char *config_used;  /* the configuration file read, or NULL */
    int print_config;         /* --print-config */
    char **paths;             /* operands (points into argv or config_paths) */
    int npaths;
    char **config_paths;      /* owned array of the configuration's inputs */
} cli_options;

/* Parses argv into o.  Returns 0, or -1 after printing a usage error
 * ("callbrief: ..." and a hint to --help) on stderr. */
int cli_parse(int argc, char **argv, cli_options *o);

/* Fills what neither the command line nor the configuration set. */
void cli_apply_defaults(cli_options *o);

/* The CLI_FMT_ bit of a format name, 0 if unknown. */
unsigned cli_format_bit(const char *name);

/* Parses "500k", "10M", "1G" or a number of bytes; 0, or -1 if invalid. */
int cli_size(const char *s, size_t *out);

void cli_print_help(const char *command);
void cli_print_version(void);

#endif
