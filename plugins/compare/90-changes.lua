-- 90-changes.lua — what is new since the previous briefing.  The host puts
-- the previous briefing's calls (from the archive, --db: each call's id,
-- key, participants, date, status, medium, initiator, sources and n_claims)
-- in briefing.previous_calls; each call gets `change = "new"` (no call of the
-- same participants on the same day before), "changed" (its status,
-- medium, initiator, sources or claims differ) or nothing, and
-- briefing.changes counts them.  Without an archive nothing is marked.
local text = require("callbrief.text")

local function key(call)
  local names = {}
  for i, n in ipairs(call.participants or {}) do
    -- surnames, folded: spellings differ between sources and runs
    names[i] = text.fold(n):match("(%S+)%s*$") or text.fold(n)
  end
  table.sort(names)
  return table.concat(names, "+") .. "@" .. (call.date or "undated")
end

local function sorted_copy(list)
  local out = {}
  for i, v in ipairs(list or {}) do out[i] = v end
  table.sort(out)
  return table.concat(out, "|")
end

local function differences(old, new)
  local what = {}
  for _, f in ipairs({ "status", "medium", "initiator" }) do
    if (old[f] or "") ~= (new[f] or "") then what[#what + 1] = f end
  end
  if sorted_copy(old.sources) ~= sorted_copy(new.sources) then what[#what + 1] = "sources" end
  -- the archive keeps a call's number of claims (n_claims; older
  -- archives the claims themselves)
  if (old.n_claims or #(old.claims or {})) ~= #(new.claims or {}) then what[#what + 1] = "claims" end
  return what
end

return {
  name = "changes",
  stage = "compare",
  version = "1.0.0",
  api = 1,
  description = "mark calls new or changed since the previous briefing",
  run = function(briefing)
    local previous = briefing.previous_calls
    if type(previous) ~= "table" then return end
    local before = {}
    for _, call in ipairs(previous) do before[key(call)] = call end
    local n_new, n_changed = 0, 0
    for _, call in ipairs(briefing.calls or {}) do
      local old = before[key(call)]
      if not old then
        call.change = "new"
        n_new = n_new + 1
      else
        local what = differences(old, call)
        if #what > 0 then
          call.change = "changed"
          call.changed = what
          n_changed = n_changed + 1
        end
      end
    end
    briefing.changes = { new = n_new, changed = n_changed }
    briefing.previous_calls = nil
    return briefing
  end,
}
