-- tokenize.lua — split one sentence into word and punctuation tokens with
-- byte offsets (require "callbrief.tokenize").  Pure: no state.
--
--   tokenize.run(s, text) -> tk
--     s     the sentence (UTF-8)
--     text  the callbrief.text module (fold, category)
--   tk is a table of parallel arrays, one entry per token (arrays are
--   cheaper than a table per token, and extraction tokenizes every
--   sentence):
--     tk.n          number of tokens
--     tk.t[i]       the token as written
--     tk.f[i]       its comparison key: text.fold, with ’ read as '
--     tk.s[i], tk.e[i]   first and last byte in s (1-based, inclusive)
--     tk.k[i]       "w" word, "n" number, "q" quote mark, "p" punctuation
--     tk.up[i]      true when the token starts with an upper-case letter
--
--   tokenize.quoted(tk, i) -> boolean   token i stands after an odd
--     number of quotation marks: inside a quotation
--
-- Words keep internal hyphens, apostrophes and dots ("Nagorno-Karabakh",
-- "O'Brien", "U.S.", "K.P."); a possessive 's is its own token ("Turkey",
-- "'s"), so "Turkey's president" reads as country + 's + role.

local M = {}

-- The walk itself is in C (src/lua_tokenize.c, text.tokenize): extraction
-- tokenizes every sentence, and in Lua this was a tenth of its time.
-- tests/lua/test_tokenize.lua keeps the Lua version it replaced and
-- compares the two.
function M.run(s, text)
  return text.tokenize(s)
end

-- The text between tokens a and b (inclusive) as written in s.
function M.span(s, tk, a, b)
  if a > b then return "" end
  return s:sub(tk.s[a], tk.e[b])
end

function M.quoted(tk, i)
  local q = 0
  for k = 1, i - 1 do if tk.k[k] == "q" then q = q + 1 end end
  return q % 2 == 1
end

return M
