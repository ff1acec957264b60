/*
 * cli.c — option parsing with getopt_long, help and version text.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "period.h"

#define DEFAULT_MAX_INPUT (10u * 1000u * 1000u)

enum { OPT_TITLE = 256, OPT_TEMPLATE, OPT_PAPER, OPT_MAX_INPUT, OPT_HELP, OPT_VERSION,
       OPT_CONFIG, OPT_PRINT_CONFIG, OPT_SINCE, OPT_UNTIL, OPT_WEEK, OPT_PERIOD,
       OPT_DATED, OPT_KEEP, OPT_DB, OPT_NO_DB, OPT_CACHE_DIR, OPT_NO_CACHE };

static const struct option S_long[] = {
    { "output", required_argument, NULL, 'o' },
    { "formats", required_argument, NULL, 'f' },
    { "title", required_argument, NULL, OPT_TITLE },
    { "template", required_argument, NULL, OPT_TEMPLATE },
    { "paper", required_argument, NULL, OPT_PAPER },
    { "max-input-size", required_argument, NULL, OPT_MAX_INPUT },
    { "jobs", required_argument, NULL, 'j' },
    { "quiet", no_argument, NULL, 'q' },
    { "verbose", no_argument, NULL, 'v' },
    { "dated", no_argument, NULL, OPT_DATED },
    { "db", required_argument, NULL, OPT_DB },
    { "no-db", no_argument, NULL, OPT_NO_DB },
    { "keep", required_argument, NULL, OPT_KEEP },
    { "cache-dir", required_argument, NULL, OPT_CACHE_DIR },
    { "no-cache", no_argument, NULL, OPT_NO_CACHE },
    { "since", required_argument, NULL, OPT_SINCE },
    { "until", required_argument, NULL, OPT_UNTIL },
    { "week", required_argument, NULL, OPT_WEEK },
    { "period", required_argument, NULL, OPT_PERIOD },
    { "config", required_argument, NULL, OPT_CONFIG },
    { "print-config", no_argument, NULL, OPT_PRINT_CONFIG },
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

unsigned cli_format_bit(const char *name)
{
    if (!name) return 0;
    if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0) return CLI_FMT_MD;
    if (strcmp(name, "pdf") == 0) return CLI_FMT_PDF;
    if (strcmp(name, "json") == 0) return CLI_FMT_JSON;
    if (strcmp(name, "html") == 0) return CLI_FMT_HTML;
    return 0;
}

static int S_parse_formats(const char *s, unsigned *out)
{
    unsigned f = 0;
    char *copy = strdup(s), *save = NULL;
    if (!copy)
        return -1;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        unsigned bit = cli_format_bit(tok);
        if (!bit) {
            S_usage_error("unknown format '%s' (expected md, pdf, json or html)", tok);
            free(copy);
            return -1;
        }
        f |= bit;
    }
    free(copy);
    if (!f)
        return S_usage_error("no format given to -f%s", "");
    *out = f;
    return 0;
}

int cli_size(const char *s, size_t *out)
{
    char *end;
    double v = strtod(s, &end);
    double unit = 1;
    if (*end == 'k' || *end == 'K') unit = 1e3, end++;
    else if (*end == 'M') unit = 1e6, end++;
    else if (*end == 'G') unit = 1e9, end++;
    if (end == s || *end || !(v * unit >= 1) || v * unit > 1e15) /* "0.1" would be 0 bytes */
        return -1;
    *out = (size_t)(v * unit);
    return 0;
}

static int S_parse_size(const char *s, size_t *out)
{
    if (cli_size(s, out) < 0)
        return S_usage_error("invalid size '%s' (e.g. 500k, 10M)", s);
    return 0;
}

void cli_apply_defaults(cli_options *o)
{
    if (!o->output_dir) o->output_dir = ".";
    if (!o->formats) o->formats = CLI_FMT_MD | CLI_FMT_PDF | CLI_FMT_JSON;
    if (!o->paper) o->paper = "a4";
    if (!o->max_input_size) o->max_input_size = DEFAULT_MAX_INPUT;
    if (!o->jobs) o->jobs = 1;
}

static enum cli_command S_command(const char *word)
{
    if (strcmp(word, "extract") == 0) return CLI_EXTRACT;
    if (strcmp(word, "report") == 0) return CLI_REPORT;
    if (strcmp(word, "eval") == 0) return CLI_EVAL;
    if (strcmp(word, "plugins") == 0) return CLI_PLUGINS;
    if (strcmp(word, "check-plugin") == 0) return CLI_CHECK_PLUGIN;
    return CLI_RUN;
}

static int S_check_operands(cli_options *o)
{
    switch (o->command) {
    case CLI_RUN:
    case CLI_EXTRACT:
        return 0;   /* inputs may come from the configuration */
    case CLI_REPORT:
        if (o->npaths < 1)
            return S_usage_error("report needs JSON Lines files from 'callbrief extract' (or - for stdin)%s", "");
        return 0;
    case CLI_CHECK_PLUGIN:
        if (o->npaths < 1)
            return S_usage_error("check-plugin needs a plugin file: check-plugin FILE [ARTICLE]...%s", "");
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

static enum cli_command S_command(const char *word);

/* Whether argv[i] is an option whose value is the next word. */
static int S_takes_value(const char *arg)
{
    if (strcmp(arg, "-o") == 0 || strcmp(arg, "-f") == 0 || strcmp(arg, "-j") == 0)
        return 1;
    if (strncmp(arg, "--", 2) != 0 || strchr(arg, '='))
        return 0;
    for (const struct option *opt = S_long; opt->name; opt++)
        if (opt->has_arg == required_argument && strcmp(arg + 2, opt->name) == 0)
            return 1;
    return 0;
}

/* Lets options come before the command word ("callbrief --config c.lua
 * check-plugin p.lua"): moves the first operand, when it is a command, to
 * argv[1]. */
static void S_command_first(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            return;
        if (argv[i][0] == '-' && argv[i][1]) {
            i += S_takes_value(argv[i]);
            continue;
        }
        if (i > 1 && S_command(argv[i]) != CLI_RUN) {
            char *word = argv[i];
            memmove(&argv[2], &argv[1], (size_t)(i - 1) * sizeof *argv);
            argv[1] = word;
        }
        return;
    }
}

int cli_parse(int argc, char **argv, cli_options *o)
{
    S_command_first(argc, argv);
    *o = (cli_options){ .command = CLI_RUN };
    int first = 1;
    if (argc > 1 && S_command(argv[1]) != CLI_RUN) {
        o->command = S_command(argv[1]);
        first = 2;
    }
    optind = first;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+:o:f:j:qv", S_long, NULL)) != -1) {
        switch (c) {
        case 'o': o->output_dir = optarg; break;
        case 'f': if (S_parse_formats(optarg, &o->formats) < 0) return -1; break;
        case 'q': o->verbosity = -1; break;
        case 'j': {
            char *end;
            long j = strtol(optarg, &end, 10);
            if (*end || j < 1 || j > 256)
                return S_usage_error("-j needs a number of threads from 1 to 256, not '%s'", optarg);
            o->jobs = (int)j;
            break;
        }
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
        case OPT_SINCE:
        case OPT_UNTIL:
            if (!period_valid_date(optarg))
                return S_usage_error("'%s' is not a date (YYYY-MM-DD)", optarg);
            *(c == OPT_SINCE ? &o->since : &o->until) = optarg;
            break;
        case OPT_WEEK: {
            period p;
            if (period_from_week(optarg, &p) < 0)
                return S_usage_error("'%s' is not an ISO week (e.g. 2020-W44)", optarg);
            o->week = optarg;
            break;
        }
        case OPT_PERIOD: {
            period p;
            if (period_from_name(optarg, "2000-01-01", &p) < 0)
                return S_usage_error("unknown period '%s' (last-week, this-week, last-month, this-month)", optarg);
            o->period_name = optarg;
            break;
        }
        case OPT_DATED: o->dated = 1; break;
        case OPT_DB: o->db = optarg; break;
        case OPT_NO_DB: o->no_db = 1; break;
        case OPT_CACHE_DIR:
            if (!*optarg)
                return S_usage_error("--cache-dir needs a directory%s", "");
            o->cache_dir = optarg;
            break;
        case OPT_NO_CACHE: o->no_cache = 1; break;
        case OPT_KEEP: {
            char *end;
            long k = strtol(optarg, &end, 10);
            if (*end || k < 1 || k > 100000)
                return S_usage_error("--keep needs a positive number, not '%s'", optarg);
            o->keep = (int)k;
            o->dated = 1;
            break;
        }
        case OPT_CONFIG: o->config_file = optarg; break;
        case OPT_PRINT_CONFIG: o->print_config = 1; break;
        case OPT_HELP: o->command = CLI_HELP; return 0;
        case OPT_VERSION: o->command = CLI_VERSION; return 0;
        case ':': return S_usage_error("option '%s' needs an argument", argv[optind - 1]);
        default: return S_usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    o->paths = argv + optind;
    o->npaths = argc - optind;
    if ((o->week != NULL) + (o->period_name != NULL) + (o->since || o->until) > 1)
        return S_usage_error("give one of --week, --period, or --since/--until%s", "");
    if (o->since && o->until && strcmp(o->since, o->until) > 0)
        return S_usage_error("--since %s is after --until", o->since);
    return S_check_operands(o);
}

void cli_print_help(const char *command)
{
    (void)command;
    fputs(
"Usage: callbrief [OPTION]... PATH...\n"
"       callbrief extract [OPTION]... PATH...\n"
"       callbrief report [OPTION]... JSONL...\n"
"       callbrief eval [--verbose] GOLD.json BRIEFING.json\n"
"       callbrief plugins\n"
"       callbrief check-plugin FILE [ARTICLE]...\n"
"\n"
"Read news articles and official readouts about calls between political\n"
"leaders and write a briefing: who called whom, when, and what each side\n"
"said.  PATHs are files, or directories searched recursively for .txt, .md,\n"
".html (saved web pages) and .jsonl files; - reads a list of paths, one per\n"
"line, from stdin.\n"
"\n"
"  -o, --output=DIR          write briefing.md, briefing.pdf, briefing.json in DIR\n"
"                            (created if missing; default: the current directory)\n"
"  -f, --formats=LIST        comma-separated: md, pdf, json, html\n"
"                            (default: md,pdf,json)\n"
"      --title=TEXT          the briefing's title\n"
"      --template=FILE       Markdown template to use instead of the built-in one\n"
"      --paper=a4|letter     PDF paper size (default: a4)\n"
"      --since=DATE, --until=DATE  cover calls from/to these days (YYYY-MM-DD)\n"
"      --week=YYYY-Www       cover one ISO week, e.g. 2020-W44\n"
"      --period=NAME         last-week, this-week, last-month or this-month\n"
"      --db=FILE             the archive of documents and briefings, reused by\n"
"                            the next run (default: DIR/callbrief.db)\n"
"      --no-db               keep no archive: read and extract everything\n"
"      --cache-dir=DIR       keep the gazetteer's index built in DIR between runs\n"
"                            (default: $CALLBRIEF_CACHE_DIR, else the\n"
"                            configuration's cache, else\n"
"                            $XDG_CACHE_HOME/callbrief, else ~/.cache/callbrief)\n"
"      --no-cache            build it anew, read and write no cache\n"
"      --dated               write into DIR/LABEL/ (the week, period or date)\n"
"                            and point DIR/latest at it\n"
"      --keep=N              with --dated, keep only the newest N folders\n"
"  -j, --jobs=N              read and extract on N threads (default: 1), and\n"
"                            from 2 on typeset the PDF beside the other render\n"
"                            plugins; the output is the same bytes whatever N\n"
"      --max-input-size=SIZE skip input files larger than SIZE (default: 10M)\n"
"      --config=FILE         read the configuration from FILE (default: the first\n"
"                            of $CALLBRIEF_CONFIG, ./callbrief.lua,\n"
"                            $XDG_CONFIG_HOME/callbrief/config.lua,\n"
"                            /etc/callbrief/config.lua)\n"
"      --print-config        show the effective configuration and exit\n"
"  -q, --quiet               print errors only\n"
"  -v, --verbose             say more (twice: debug)\n"
"      --help                show this help and exit\n"
"      --version             show the version and exit\n"
"\n"
"Commands:\n"
"  extract   run the source and extract stages; one JSON line per document\n"
"  report    run link, compare and render over JSON Lines from extract (- reads\n"
"            stdin); the same briefing as a whole run on the same documents\n"
"  eval      score BRIEFING.json against a gold file (precision, recall, F1)\n"
"  plugins   list the plugins: stage, name, version, enabled, file\n"
"  check-plugin  validate a plugin and show what it produces on the example\n"
"            articles (or the ARTICLEs given)\n"
"\n"
"Output files appear whole or not at all: each is written to a temporary file\n"
"and renamed into place when the run succeeds.\n"
"\n"
"Exit status:\n"
"  0  the briefing was written from every input\n"
"  1  nothing could be produced (no usable input, output not writable, ...)\n"
"  2  bad command line or configuration\n"
"  3  some inputs were unusable; the briefing was written from the rest\n"
"  4  a plugin failed; the briefing lacks that plugin's output for some input\n"
"  5  another run is writing to the output directory; nothing was done\n"
"\n"
"Environment: SOURCE_DATE_EPOCH fixes the generated date; CALLBRIEF_DATADIR\n"
"overrides where plugins, templates and data are found.\n"
"See callbrief(1).\n", stdout);
}

void cli_print_version(void)
{
    printf("callbrief %s\n", PACKAGE_VERSION);
}
