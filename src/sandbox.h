/*
 * sandbox.h — the environment plugins run in.
 *
 * Like Lua's linit.c, the sandbox is "open only these": each plugin (and
 * each Lua library it requires) gets its own environment table holding
 * copies of a fixed list of safe functions and libraries, a `require` that
 * knows only LPeg and callbrief's modules, and a metatable that refuses to
 * create or read undeclared globals (as Redis does for scripts).
 */
#ifndef CB_SANDBOX_H
#define CB_SANDBOX_H

#include <lua.h>

/* Prepares state L (with the base, string, table, math, utf8, os and
 * coroutine libraries open in its globals) for sandboxes: records the safe
 * functions, preloads LPeg and the callbrief C modules, and remembers
 * `datadir` (whose lua/ folder holds the Lua libraries). */
void sandbox_init(lua_State *L, const char *datadir);

/* Pushes a new environment table. */
void sandbox_push_env(lua_State *L);

/* Loads the text chunk in file `path` with a new sandbox environment and
 * pushes the function; returns LUA_OK or an error code with the message
 * pushed ("path:line: ..."). Binary chunks are refused. */
int sandbox_loadfile(lua_State *L, const char *path);

/* Pushes the module `name` as a plugin's require would, or raises.  The
 * built-in libraries (lua/NAME.lua) are compiled once per process and
 * loaded from that compiled form after. */
int sandbox_require(lua_State *L);

/* Frees the compiled libraries; call it when no state runs. */
void sandbox_forget(void);

#endif
