/*
 * settings.h — the configuration file.
 *
 * A Lua file of assignments, like Neovim's or Prosody's:
 *
 *     output = "/srv/briefings"
 *     formats = { "md", "pdf" }
 *     plugin_dirs = { "plugins" }           -- relative to this file
 *     options = { ["jsonl-feed"] = { body = "text" } }
 *
 * Found at: --config FILE, else $CALLBRIEF_CONFIG, else ./callbrief.lua,
 * else $XDG_CONFIG_HOME/callbrief/config.lua (~/.config/...), else
 * /etc/callbrief/config.lua; none is needed.  It runs in a sandbox; each
 * assignment is checked as it happens, so a bad value is reported with the
 * file, the line and the key.  The settings live in the host's Lua registry
 * (plugin options must reach plugins as plain tables); scalar settings are
 * copied into the cli_options the command line left unset.
 */
#ifndef CB_SETTINGS_H
#define CB_SETTINGS_H

#include "cli.h"
#include "host.h"

/* The file to read, or NULL when none applies (caller frees).  An explicit
 * --config or $CALLBRIEF_CONFIG is returned even when missing, so the
 * error can name it. */
char *settings_find(const cli_options *o);

/* Runs the configuration file `path` (NULL: none) in h's state, keeps the
 * settings in the registry and fills the options o leaves unset.  Returns 0,
 * or -1 after reporting "FILE:LINE: ..." */
int settings_load(host *h, const char *path, cli_options *o);

/* Pushes the setting `key` (nil when unset). */
void settings_push(host *h, const char *key);

/* Whether `name` is listed in the list setting `key` ("disable",
 * "trusted"). */
int settings_lists(host *h, const char *key, const char *name);

/* Prints the effective configuration as a configuration file would say
 * it. */
void settings_print(host *h, const cli_options *o);

/* The cache directory of the run (--no-cache, --cache-dir,
 * $CALLBRIEF_CACHE_DIR, the file's `cache`, then
 * $XDG_CACHE_HOME/callbrief or ~/.cache/callbrief), or NULL for none.
 * May be written into buf (buflen bytes). */
const char *settings_cache_dir(const cli_options *o, char *buf, size_t buflen);

#endif
