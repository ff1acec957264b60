/*
 * pipeline.h — the commands: a whole run (source → extract → link →
 * compare → render), extract alone (JSON Lines), eval, and the plugin list.
 * Each returns the process exit status (enum cb_exit).
 */
#ifndef CB_PIPELINE_H
#define CB_PIPELINE_H

#include "cli.h"
#include "host.h"

/* Each runs one command with host h (its options are h->opt). */
int pipeline_run(host *h);
int pipeline_extract(host *h);
int pipeline_report(host *h);
int pipeline_eval(host *h);
int pipeline_plugins(host *h);
int pipeline_check_plugin(host *h);

#endif
