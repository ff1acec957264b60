/*
 * cli.c — option parsing with getopt_long, help and version text.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

#define DEFAULT_MAX_INPUT (10u * 1000u * 1000u)

enum { OPT_TITLE = 256, OPT_TEMPLATE, OPT_PAPER, OPT_MAX_INPUT, OPT_HELP, OPT_VERSION };

static const struct option S_long[] = {
    { "output", required_argument, NULL, 'o' },
    { "formats", required_argument, NULL, 'f' },
    { "title", required_argument, NULL, OPT_TITLE },
    { "template", required_argument, NULL, OPT_TEMPLATE },
    { "paper", required_argument, NULL, OPT_PAPER },
    { "max-input-size", required_argument, NULL, OPT_MAX_INPUT },
    { "quiet", no_argument, NULL, 'q' },
    { "verbose", no_argument, NULL, 'v' },
    { "help", no_argument, NULL, OPT_HELP },
    { "version", no_argument, NULL, OPT_VERSION },
    { NULL, 0, NULL, 0 }
};

static int S_usage_error(const char *fmt, const char *arg)
{
    fputs("callbrief: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'callbrief --help' for more information.\n", stderr);
    return -1;
}

static int S_parse_formats(const char *s, unsigned *out)
{
    unsigned f = 0;
    char *copy = strdup(s), *save = NULL;
    if (!copy)
        return -1;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        if (strcmp(tok, "md") == 0 || strcmp(tok, "markdown") == 0)
            f |= CLI_FMT_MD;
        else if (strcmp(tok, "pdf") == 0)
            f |= CLI_FMT_PDF;
        else if (strcmp(tok, "json") == 0)
            f |= CLI_FMT_JSON;
        else {
            S_usage_error("unknown format '%s' (expected md, pdf or json)", tok);
            free(copy);
            return -1;
        }
    }
    free(copy);
    if (!f)
        return S_usage_error("no format given to -f%s", "");
    *out = f;
    return 0;
}

static int S_parse_size(const char *s, size_t *out)
{
    char *end;
    double v = strtod(s, &end);
    double unit = 1;
    if (*end == 'k' || *end == 'K') unit = 1e3, end++;
    else if (*end == 'M') unit = 1e6, end++;
    else if (*end == 'G') unit = 1e9, end++;
    if (end == s || *end || v <= 0)
        return S_usage_error("invalid size '%s' (e.g. 500k, 10M)", s);
    *out = (size_t)(v * unit);
    return 0;
}

static enum cli_command S_command(const char *word)
{
    if (strcmp(word, "extract") == 0) return CLI_EXTRACT;
    if (strcmp(word, "eval") == 0) return CLI_EVAL;
    if (strcmp(word, "plugins") == 0) return CLI_PLUGINS;
    return CLI_RUN;
}

static int S_check_operands(cli_options *o)
{
    switch (o->command) {
    case CLI_RUN:
    case CLI_EXTRACT:
        if (o->npaths < 1)
            return S_usage_error("no input given: name files or directories of articles%s", "");
        return 0;
    case CLI_EVAL:
        if (o->npaths != 2)
            return S_usage_error("eval needs two files: GOLD.json BRIEFING.json%s", "");
        return 0;
    case CLI_PLUGINS:
        if (o->npaths != 0)
            return S_usage_error("plugins takes no operands%s", "");
        return 0;
    default:
        return 0;
    }
}

int cli_parse(int argc, char **argv, cli_options *o)
{
    *o = (cli_options){ .command = CLI_RUN, .output_dir = ".",
                        .formats = CLI_FMT_MD | CLI_FMT_PDF | CLI_FMT_JSON,
                        .paper = "a4", .max_input_size = DEFAULT_MAX_INPUT };
    int first = 1;
    if (argc > 1 && S_command(argv[1]) != CLI_RUN) {
        o->command = S_command(argv[1]);
        first = 2;
    }
    optind = first;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+:o:f:qv", S_long, NULL)) != -1) {
        switch (c) {
        case 'o': o->output_dir = optarg; break;
        case 'f': if (S_parse_formats(optarg, &o->formats) < 0) return -1; break;
        case 'q': o->verbosity = -1; break;
        case 'v':
            if (o->command == CLI_EVAL)
                o->eval_verbose = 1;
            else if (o->verbosity >= 0)
                o->verbosity++;
            break;
        case OPT_TITLE: o->title = optarg; break;
        case OPT_TEMPLATE: o->template_file = optarg; break;
        case OPT_PAPER:
            if (strcmp(optarg, "a4") != 0 && strcmp(optarg, "letter") != 0)
                return S_usage_error("unknown paper '%s' (expected a4 or letter)", optarg);
            o->paper = optarg;
            break;
        case OPT_MAX_INPUT: if (S_parse_size(optarg, &o->max_input_size) < 0) return -1; break;
        case OPT_HELP: o->command = CLI_HELP; return 0;
        case OPT_VERSION: o->command = CLI_VERSION; return 0;
        case ':': return S_usage_error("option '%s' needs an argument", argv[optind - 1]);
        default: return S_usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    o->paths = argv + optind;
    o->npaths = argc - optind;
    return S_check_operands(o);
}

void cli_print_help(const char *command)
{
    (void)command;
    fputs(
"Usage: callbrief [OPTION]... PATH...\n"
"       callbrief extract [OPTION]... PATH...\n"
"       callbrief eval [--verbose] GOLD.json BRIEFING.json\n"
"       callbrief plugins\n"
"\n"
"Read news articles and official readouts about calls between political\n"
"leaders (files, or directories searched recursively for .txt and .md) and\n"
"write a briefing: who called whom, when, and what each side said.\n"
"\n"
"  -o, --output=DIR          write briefing.md, briefing.pdf, briefing.json in DIR\n"
"                            (created if missing; default: the current directory)\n"
"  -f, --formats=LIST        comma-separated: md, pdf, json (default: all three)\n"
"      --title=TEXT          the briefing's title\n"
"      --template=FILE       Markdown template to use instead of the built-in one\n"
"      --paper=a4|letter     PDF paper size (default: a4)\n"
"      --max-input-size=SIZE skip input files larger than SIZE (default: 10M)\n"
"  -q, --quiet               print errors only\n"
"  -v, --verbose             say more (twice: debug)\n"
"      --help                show this help and exit\n"
"      --version             show the version and exit\n"
"\n"
"Commands:\n"
"  extract   run the source and extract stages; one JSON line per document\n"
"  eval      score BRIEFING.json against a gold file (precision, recall, F1)\n"
"  plugins   list the plugins: stage, name, version, file\n"
"\n"
"Output files appear whole or not at all: each is written to a temporary file\n"
"and renamed into place when the run succeeds.\n"
"\n"
"Exit status:\n"
"  0  the briefing was written from every input\n"
"  1  nothing could be produced (no usable input, output not writable, ...)\n"
"  2  bad command line\n"
"  3  some inputs were unusable; the briefing was written from the rest\n"
"  4  a plugin failed; the briefing lacks that plugin's output for some input\n"
"\n"
"Environment: SOURCE_DATE_EPOCH fixes the generated date; CALLBRIEF_DATADIR\n"
"overrides where plugins, templates and data are found.\n"
"See callbrief(1).\n", stdout);
}

void cli_print_version(void)
{
    printf("callbrief %s\n", PACKAGE_VERSION);
}
