-- eval.lua — score a briefing against a gold file (`callbrief eval`).
--
--   local eval = require("callbrief.eval")
--   local result = eval.score(gold, briefing, {fold = text.fold})
--   io.write(eval.report(result, verbose))
--
-- gold and briefing are decoded JSON (../shared/corpus/SCHEMA.md; JSON
-- null may arrive as json.null, so every field is type-checked, never
-- compared with nil).  The rules are SCHEMA.md's "Scoring":
--
--   * names are compared folded (opts.fold: NFKD, marks stripped, case
--     folded); a participant is known by its surname, the last token of the
--     folded name (a generational suffix or regnal number, "Jr.", "III",
--     dropped first), through names.key, so that transliterations of one name
--     agree (the briefing prints the source's "Zelenskyy" or "al-Sisi"
--     where the gold file has "Zelensky", "el-Sisi"); two calls have the
--     same participants when their sets of surname keys are equal;
--   * dates agree when equal, within one day when either basis is
--     "reported", or both null;
--   * each gold call matches at most one predicted call and the other way
--     round.  The pairing is a maximum matching (Hungarian algorithm), not
--     first-come: among matchings of the largest size it prefers pairs whose
--     dates are equal, so a sloppy "reported" pair cannot take the place of
--     an exact one;
--   * optional gold calls are neither rewarded nor penalised: they take no
--     part in the matching or in recall, and a predicted call that matches
--     no required gold call but comes from one of an optional call's
--     documents (by file basename: the briefing's sources may be relative
--     to another root), shares a participant with it and agrees on the date
--     when both have one, is left out of precision;
--   * status accuracy is over matched pairs;
--   * a gold claim is found when a predicted claim on the matched call has
--     the same side (folded) and at least half of the gold text's content
--     words (folded, stop words dropped) occur in it.  Claim recall is over
--     all gold claims of required calls (a missed call misses its claims).
--     Claim precision is over the predicted claims of predicted calls that
--     matched a gold call: SCHEMA.md asks for "the share of predicted claims
--     that find a gold claim", and a claim on a spurious call has no gold
--     claims to find — the call's own miss is already counted in call
--     precision, so counting its claims again would punish it twice.
--
-- A metric whose denominator is zero is nil (reported as "n/a").

local names = require("callbrief.names")

local M = {}

-- English function words; what is left are the words a claim is about.
local STOP_WORDS = {}
for w in ([[a about above after again against all also am an and any are as at
  be because been before being below between both but by can could did do does
  doing down during each either few for from further had has have having he her
  here hers herself him himself his how i if in into is it its itself just me
  more most my myself neither no nor not now of off on once only or other our
  ours ourselves out over own same she should so some such than that the their
  theirs them themselves then there these they this those through to too under
  until up very was we were what when where which while who whom why will with
  would you your yours yourself s t ll d ve re m said says say told tells stated
  also its it's that's would could should shall may might must upon whether
  one two]]):gmatch("%S+") do
  STOP_WORDS[w] = true
end
M.STOP_WORDS = STOP_WORDS

local function str(v)
  if type(v) == "string" and v ~= "" then return v end
  return nil
end

local function list(v)
  if type(v) == "table" then return v end
  return {}
end

local function default_fold(s)
  return s:lower()
end

-- Participants -------------------------------------------------------------

-- (session 17) A generational suffix or a regnal number is no surname:
-- "Benigno Aquino III" is known as Aquino, "Ferdinand Marcos Jr." as
-- Marcos, "Hassan II" as Hassan (else the gold's "Aquino III" missed the
-- briefing's "Benigno Aquino", and two kings "II" matched each other).
local NAME_SUFFIX = { jr = true, sr = true, ii = true, iii = true, iv = true, vi = true,
  vii = true, viii = true }

local function surname(fold, name)
  local toks = {}
  for tok in fold(name):gmatch("[^%s]+") do
    tok = tok:gsub("^%p+", ""):gsub("%p+$", "")
    if tok ~= "" then toks[#toks + 1] = tok end
  end
  while #toks > 1 and NAME_SUFFIX[toks[#toks]] do toks[#toks] = nil end
  local last = toks[#toks]
  if not last then return nil end
  return names.key(last)
end

local function surnames(fold, call)
  local set, sorted = {}, {}
  for _, p in ipairs(list(call.participants)) do
    local s = str(p) and surname(fold, p)
    if s and s ~= "" and not set[s] then
      set[s] = true
      sorted[#sorted + 1] = s
    end
  end
  table.sort(sorted)
  return set, table.concat(sorted, "\0")
end

-- Dates (local, so that eval needs no other module) ------------------------

local function day_number(iso)
  local y, m, d = (str(iso) or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local yoe = y - era * 400
  local doy = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
  return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy
end

-- "exact", "near" (one day apart, a reported basis on one side), or nil.
local function date_agreement(g, p)
  local gd, pd = str(g.date), str(p.date)
  if not gd and not pd then return "exact" end
  if not gd or not pd then return nil end
  if gd == pd then return "exact" end
  if g.date_basis == "reported" or p.date_basis == "reported" then
    local a, b = day_number(gd), day_number(pd)
    if a and b and math.abs(a - b) <= 1 then return "near" end
  end
  return nil
end

-- Maximum-weight assignment ------------------------------------------------

-- Hungarian algorithm (Kuhn-Munkres, potentials form) on an n x m cost
-- matrix with n <= m; returns row -> column.  O(n^2 m).
local function assign(cost, n, m)
  local INF = math.huge
  local u, v, p, way = {}, {}, {}, {}
  for j = 0, m do v[j], p[j], way[j] = 0, 0, 0 end
  for i = 0, n do u[i] = 0 end
  for i = 1, n do
    p[0] = i
    local j0 = 0
    local minv, used = {}, {}
    for j = 0, m do minv[j], used[j] = INF, false end
    repeat
      used[j0] = true
      local i0, delta, j1 = p[j0], INF, 0
      for j = 1, m do
        if not used[j] then
          local cur = cost[i0][j] - u[i0] - v[j]
          if cur < minv[j] then minv[j], way[j] = cur, j0 end
          if minv[j] < delta then delta, j1 = minv[j], j end
        end
      end
      for j = 0, m do
        if used[j] then
          u[p[j]] = u[p[j]] + delta
          v[j] = v[j] - delta
        else
          minv[j] = minv[j] - delta
        end
      end
      j0 = j1
    until p[j0] == 0
    repeat
      local j1 = way[j0]
      p[j0] = p[j1]
      j0 = j1
    until j0 == 0
  end
  local row_to_col = {}
  for j = 1, m do
    if p[j] ~= 0 then row_to_col[p[j]] = j end
  end
  return row_to_col
end

-- Pairs {g, p, exact} maximising first the number of pairs, then the
-- number of exact-date pairs.  weight(g, p) is 0 (no edge), 1 or 2.
local function max_matching(ng, np, weight)
  if ng == 0 or np == 0 then return {} end
  local rows_are_gold = ng <= np
  local n, m = ng, np
  if not rows_are_gold then n, m = np, ng end
  -- An edge is worth far more than exactness, so size comes first.
  local BIG = 1000
  local cost = {}
  for i = 1, n do
    cost[i] = {}
    for j = 1, m do
      local g, p = i, j
      if not rows_are_gold then g, p = j, i end
      local w = weight(g, p)
      cost[i][j] = w == 0 and 0 or -(BIG + w)
    end
  end
  cost[0] = {}
  for j = 0, m do cost[0][j] = 0 end
  local pairs_ = {}
  for i, j in pairs(assign(cost, n, m)) do
    local g, p = i, j
    if not rows_are_gold then g, p = j, i end
    local w = weight(g, p)
    if w > 0 then pairs_[#pairs_ + 1] = { gold = g, predicted = p, exact = w == 2 } end
  end
  table.sort(pairs_, function(a, b) return a.gold < b.gold end)
  return pairs_
end

-- Claims -------------------------------------------------------------------

local function content_words(fold, s)
  local set, n = {}, 0
  for w in fold(str(s) or ""):gmatch("[%w\128-\255]+") do
    if not STOP_WORDS[w] and not set[w] then
      set[w] = true
      n = n + 1
    end
  end
  return set, n
end

local function claim_found(fold, gold_claim, pred_claim)
  if not str(gold_claim.side) or not str(pred_claim.side)
    or fold(gold_claim.side) ~= fold(pred_claim.side) then
    return false
  end
  local gw, gn = content_words(fold, gold_claim.text)
  if gn == 0 then
    return fold(str(gold_claim.text) or "") == fold(str(pred_claim.text) or "")
  end
  local pw = content_words(fold, pred_claim.text)
  local shared = 0
  for w in pairs(gw) do
    if pw[w] then shared = shared + 1 end
  end
  return shared * 2 >= gn
end

-- Optional gold calls ------------------------------------------------------

local function basename(path)
  return (str(path) or ""):match("([^/\\]+)$") or ""
end

local function shares_document(g, p)
  local docs = {}
  for _, s in ipairs(list(g.sources)) do docs[basename(s)] = true end
  for _, s in ipairs(list(p.sources)) do
    if docs[basename(s)] then return true end
  end
  return false
end

local function covered_by_optional(fold, optional, p)
  local pset = surnames(fold, p)
  for _, g in ipairs(optional) do
    local gset = surnames(fold, g)
    local shared = false
    for s in pairs(gset) do
      if pset[s] then shared = true end
    end
    local dated = str(g.date) and str(p.date)
    if shared and shares_document(g, p) and (not dated or date_agreement(g, p)) then
      return true
    end
  end
  return false
end

-- Scoring ------------------------------------------------------------------

local function ratio(a, b)
  if b == 0 then return nil end
  return a / b
end

local function f1(p, r)
  if not p or not r then return nil end
  if p + r == 0 then return 0 end
  return 2 * p * r / (p + r)
end

function M.score(gold, briefing, opts)
  opts = opts or {}
  local fold = opts.fold or default_fold
  local required, optional = {}, {}
  for _, g in ipairs(list(type(gold) == "table" and gold.calls)) do
    if g.optional == true then optional[#optional + 1] = g else required[#required + 1] = g end
  end
  local predicted = list(type(briefing) == "table" and briefing.calls)

  local gkeys, pkeys = {}, {}
  for i, g in ipairs(required) do gkeys[i] = select(2, surnames(fold, g)) end
  for j, p in ipairs(predicted) do pkeys[j] = select(2, surnames(fold, p)) end
  local function weight(i, j)
    if gkeys[i] == "" or gkeys[i] ~= pkeys[j] then return 0 end
    local a = date_agreement(required[i], predicted[j])
    if a == "exact" then return 2 elseif a == "near" then return 1 end
    return 0
  end
  local matches = max_matching(#required, #predicted, weight)

  local gold_matched, pred_matched = {}, {}
  for _, m in ipairs(matches) do
    gold_matched[m.gold], pred_matched[m.predicted] = m, m
  end
  local missed, spurious, left_out = {}, {}, {}
  for i = 1, #required do
    if not gold_matched[i] then missed[#missed + 1] = i end
  end
  for j, p in ipairs(predicted) do
    if not pred_matched[j] then
      if covered_by_optional(fold, optional, p) then
        left_out[#left_out + 1] = j
      else
        spurious[#spurious + 1] = j
      end
    end
  end

  -- status and claims over the matched pairs
  local status_ok, status_mismatches = 0, {}
  local gold_claims, found, pred_claims, pred_correct, missed_claims = 0, 0, 0, 0, {}
  local false_claims = {}
  for i, g in ipairs(required) do
    local m = gold_matched[i]
    local p = m and predicted[m.predicted]
    if p then
      if str(g.status) == str(p.status) then
        status_ok = status_ok + 1
      else
        status_mismatches[#status_mismatches + 1] = { gold = i, predicted = m.predicted }
      end
    end
    local pcl = p and list(p.claims) or {}
    for k, gc in ipairs(list(g.claims)) do
      gold_claims = gold_claims + 1
      local hit = false
      for _, pc in ipairs(pcl) do
        if claim_found(fold, gc, pc) then hit = true; break end
      end
      if hit then found = found + 1 else missed_claims[#missed_claims + 1] = { gold = i, claim = k } end
    end
    for k, pc in ipairs(pcl) do
      pred_claims = pred_claims + 1
      local hit = false
      for _, gc in ipairs(list(g.claims)) do
        if claim_found(fold, gc, pc) then hit = true; break end
      end
      if hit then pred_correct = pred_correct + 1
      else false_claims[#false_claims + 1] = { gold = i, predicted = m.predicted, claim = k } end
    end
  end

  local scored = #predicted - #left_out
  local precision, recall = ratio(#matches, scored), ratio(#matches, #required)
  local claim_recall, claim_precision = ratio(found, gold_claims), ratio(pred_correct, pred_claims)
  return {
    calls = { gold = #required, optional = #optional, predicted = scored,
      left_out = #left_out, matched = #matches, precision = precision,
      recall = recall, f1 = f1(precision, recall)
        or ((#required == 0) ~= (scored == 0) and 0 or nil) },
    status = { matched = #matches, correct = status_ok, accuracy = ratio(status_ok, #matches) },
    claims = { gold = gold_claims, found = found, predicted = pred_claims,
      correct = pred_correct, recall = claim_recall, precision = claim_precision },
    matches = matches,
    missed = missed, spurious = spurious, left_out = left_out,
    status_mismatches = status_mismatches, missed_claims = missed_claims,
    false_claims = false_claims,
    -- the calls themselves, for the verbose report
    gold_calls = required, predicted_calls = predicted,
  }
end

-- Report -------------------------------------------------------------------

local function num(x)
  if x == nil then return "n/a" end
  return string.format("%.2f", x)
end

local function describe(call)
  local names = {}
  for _, p in ipairs(list(call.participants)) do names[#names + 1] = str(p) or "?" end
  local date = str(call.date) or "undated"
  local basis = str(call.date_basis)
  local sources = {}
  for _, s in ipairs(list(call.sources)) do sources[#sources + 1] = str(s) or "?" end
  return string.format("%s  %s%s  %s  [%s]", table.concat(names, ", "), date,
    basis and (" (" .. basis .. ")") or "", str(call.status) or "?", table.concat(sources, ", "))
end

local function short(call)
  local names = {}
  for _, p in ipairs(list(call.participants)) do names[#names + 1] = str(p) or "?" end
  return table.concat(names, ", ") .. " " .. (str(call.date) or "undated")
end

function M.report(result, verbose)
  local c, s, k = result.calls, result.status, result.claims
  local out = {}
  local extra = c.left_out > 0 and string.format(", %d left out as optional", c.left_out) or ""
  out[#out + 1] = string.format("calls      precision %s  recall %s  F1 %s  (matched %d of %d gold, %d predicted%s)",
    num(c.precision), num(c.recall), num(c.f1), c.matched, c.gold, c.predicted, extra)
  out[#out + 1] = string.format("status     accuracy %s (%d matched)", num(s.accuracy), s.matched)
  out[#out + 1] = string.format("claims     recall %s (%d of %d)  precision %s (%d of %d)",
    num(k.recall), k.found, k.gold, num(k.precision), k.correct, k.predicted)
  if verbose then
    local G, P = result.gold_calls or {}, result.predicted_calls or {}
    local function section(title, items, line)
      if #items == 0 then return end
      out[#out + 1] = ""
      out[#out + 1] = string.format("%s (%d):", title, #items)
      for _, it in ipairs(items) do out[#out + 1] = "  - " .. line(it) end
    end
    section("missed gold calls", result.missed, function(i) return describe(G[i]) end)
    section("spurious predicted calls", result.spurious, function(j) return describe(P[j]) end)
    section("left out as optional", result.left_out, function(j) return describe(P[j]) end)
    section("status mismatches", result.status_mismatches, function(m)
      return string.format("%s: gold %s, predicted %s", short(G[m.gold]),
        str(G[m.gold].status) or "?", str(P[m.predicted].status) or "?")
    end)
    section("missed claims", result.missed_claims, function(m)
      local gc = list(G[m.gold].claims)[m.claim] or {}
      return string.format("%s — %s: %q", short(G[m.gold]), str(gc.side) or "?", str(gc.text) or "")
    end)
    -- (session 14) the claims of matched calls that find no gold claim
    section("false claims", result.false_claims or {}, function(m)
      local pc = list(P[m.predicted].claims)[m.claim] or {}
      return string.format("%s — %s: %q", short(G[m.gold]), str(pc.side) or "?", str(pc.text) or "")
    end)
  end
  return table.concat(out, "\n") .. "\n"
end

return M
