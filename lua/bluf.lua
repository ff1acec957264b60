-- bluf.lua — the briefing's "bottom line up front": three to six short
-- sentences generated from the calls (most active pair and leader, planned
-- and denied calls, the sharpest disagreement, undated calls).
local M = {}

local function pair_key(call)
  local names = {}
  for i, n in ipairs(call.participants or {}) do names[i] = n end
  table.sort(names)
  if #names <= 2 then return table.concat(names, " and ") end
  return table.concat(names, ", ", 1, #names - 1) .. " and " .. names[#names]
end

local function counts(calls)
  local pairs_n, people_n = {}, {}
  for _, call in ipairs(calls) do
    if call.status == "held" then
      local k = pair_key(call)
      pairs_n[k] = (pairs_n[k] or 0) + 1
      for _, p in ipairs(call.participants or {}) do people_n[p] = (people_n[p] or 0) + 1 end
    end
  end
  return pairs_n, people_n
end

-- The key with the highest count (ties broken by name, for stable output).
local function top(map)
  local best, n = nil, 0
  for k, v in pairs(map) do
    if v > n or (v == n and best and k < best) then best, n = k, v end
  end
  return best, n
end

local function status_counts(calls)
  local c = { held = 0, planned = 0, denied = 0 }
  for _, call in ipairs(calls) do c[call.status] = (c[call.status] or 0) + 1 end
  return c
end

local function listed(calls, status, date_text, limit)
  local out = {}
  for _, call in ipairs(calls) do
    if call.status == status and #out < limit then
      out[#out + 1] = pair_key(call) .. (call.date and (" (" .. date_text(call.date) .. ")") or "")
    end
  end
  return out
end

local function first_difference(calls)
  for _, call in ipairs(calls) do
    local differ = call.comparison and call.comparison.differ
    if differ and differ[1] then
      return pair_key(call), differ[1]
    end
  end
  return nil
end

-- Returns a list of sentences.  date_text(iso) formats a date for reading.
function M.lines(briefing, date_text)
  local calls = briefing.calls or {}
  local out = {}
  if #calls == 0 then return { "No calls between leaders were found in these sources." } end
  local s = status_counts(calls)
  local parts = {}
  for _, k in ipairs({ "held", "planned", "denied" }) do
    if s[k] > 0 then parts[#parts + 1] = s[k] .. " " .. k end
  end
  out[#out + 1] = string.format("%d contact%s reported: %s.", #calls, #calls == 1 and "" or "s",
    table.concat(parts, ", "))
  local pairs_n, people_n = counts(calls)
  local pair, pn = top(pairs_n)
  if pair and pn > 1 then
    out[#out + 1] = string.format("Most active pair: %s, %d calls.", pair, pn)
  end
  local person, n = top(people_n)
  if person and n > 1 then
    out[#out + 1] = string.format("Most active leader: %s, on %d calls.", person, n)
  end
  local planned = listed(calls, "planned", date_text, 2)
  if #planned > 0 then out[#out + 1] = "Planned: " .. table.concat(planned, "; ") .. "." end
  local denied = listed(calls, "denied", date_text, 2)
  if #denied > 0 then out[#out + 1] = "Denied or not scheduled: " .. table.concat(denied, "; ") .. "." end
  local where, d = first_difference(calls)
  if where and #out < 6 then
    out[#out + 1] = string.format("The accounts of the %s call differ%s.", where,
      d.point and (" on " .. d.point) or "")
  end
  local undated = 0
  for _, call in ipairs(calls) do if not call.date then undated = undated + 1 end end
  if undated > 0 and #out < 6 then
    out[#out + 1] = string.format("%d contact%s could not be dated from the sources.", undated,
      undated == 1 and "" or "s")
  end
  return out
end

return M
