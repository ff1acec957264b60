-- labels.lua — a transcript turn's label, written with a colon or with a
-- full stop (require "callbrief.labels").  Pure: no state.
--
--   labels.colon(tk) -> j | nil
--     the colon of a label of capitalised words opening the sentence
--     ("BILDT:", "MR RUDD:", "Mr. Chrétien:"), within its first six tokens
--
--   labels.dot(tk [, ms]) -> after, word | nil
--     tk  the tokens of a paragraph's first sentence (callbrief.tokenize)
--     ms  its mentions (callbrief.mentions), when known
--   "Q. Did the minister call?", "A. No.", "Question. Did ...?" and
--   "Answer." (the segmenter leaves a label of a whole word as a sentence
--   of its own): the index of the first token after the label (tk.n + 1
--   when the label is the whole sentence) and the label's word ("q", "a",
--   "question", "answer").  nil for anything else, and for the initial of
--   a name ("A. B. Vajpayee said ...", "A. Vajpayee said ..." when ms
--   holds a person starting at the letter or a bare surname right after
--   it).

local M = {}

local WORDS = { q = true, a = true, question = true, answer = true }

function M.dot(tk, ms)
  if tk.n < 1 or tk.k[1] ~= "w" or not tk.up[1] then return nil end
  local f = tk.f[1]
  local word, after
  if f == "q." or f == "a." then
    word, after = f:sub(1, 1), 2
  elseif WORDS[f] and tk.f[2] == "." then
    word, after = f, 3
  else
    return nil
  end
  local nx = tk.f[after]
  -- (another initial, or a lower-case word: no label)
  if nx and (nx:find("^%a%.$") or (tk.k[after] == "w" and not tk.up[after])) then return nil end
  for _, m in ipairs(ms or {}) do
    if m.kind == "person" and (m.a == 1 or (#word == 1 and m.a == after and m.bare)) then return nil end
  end
  return after, word
end

function M.colon(tk)
  for j = 2, math.min(tk.n, 6) do
    if tk.f[j] == ":" then return tk.up[1] and j or nil end
    if not (tk.k[j] == "w" and tk.up[j]) and tk.f[j] ~= "." then return nil end
  end
  return nil
end

return M
