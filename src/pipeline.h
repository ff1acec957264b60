/*
 * pipeline.h — the commands: a whole run (source → extract → link →
 * compare → render), extract alone (JSON Lines), eval, and the plugin list.
 * Each returns the process exit status (enum cb_exit).
 */
#ifndef CB_PIPELINE_H
#define CB_PIPELINE_H

#include "cli.h"

int pipeline_run(const cli_options *opt);
int pipeline_extract(const cli_options *opt);
int pipeline_eval(const cli_options *opt);
int pipeline_plugins(const cli_options *opt);

#endif
