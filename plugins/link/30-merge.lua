-- 30-merge.lua — one Call per real-world contact.
--
-- Mentions merge when they have the same participants and their dates
-- agree:
--   * a reference back ("The call, on July 11, ...") joins its antecedent;
--   * in one document, a mention with a time of its own joins a group of
--     the same people whose day agrees (or whose partial facts fit); a
--     mention marked `distinct` ("they would talk again", "a second
--     call", calls listed on other days) joins only a group of the same
--     status;
--   * in one document, a call back (`callback`: "Begin called the
--     President back" after the President's call) joins no group of
--     the same people, and a mention told before it does not join it:
--     another contact, whatever its day;
--   * in one document, a mention without a time of its own (a headline,
--     "the call", "X and Y spoke by phone") joins the group of the same
--     people, the same status first, else a group whose people include
--     its own (a headline naming three of four leaders); among several,
--     the one reported first in the article (a held one never joins a
--     plan for a day after its own);
--   * in one document, a conference of three people or more told again
--     with some of them (a caption "X speaks with the leaders of A and
--     B" beside "a call with A1, B1 and B2") joins the larger group when
--     the days agree;
--   * across documents, both dated: the same day (one day apart when
--     either was only `reported`); both undated: unless their partial
--     facts (weekday, month and day) or their status disagree; one dated,
--     one undated: only when the undated one's partial facts match the
--     date (the same month and day, or the same weekday).
-- Two calls between the same pair on different days stay two, and so do
-- a held call and a plan of the same people by another medium (a
-- telephone call, then "agreed to hold a virtual meeting").  A merged
-- call is `held` if any report says so, else `denied` if one says it was
-- refused or ruled out, else `planned`; but a call the same document
-- reports held on hearsay ("the Post reported") or as one side's claim
-- ("Lukashenko had claimed that Merkel had called him") and (without a day
-- of its own) denies took place ("The Kremlin denied that Trump had spoken
-- with Putin") is `denied` (deny_held), undated when the held report had
-- no day of its own, and then one call with the other denials of the
-- same people.

local dates = require("callbrief.dates")

local BASIS_RANK = { stated = 4, relative = 3, reported = 2, unknown = 1 }
-- A contact reported as held took place; one reported refused or called
-- off after it was planned or requested did not.
local STATUS_RANK = { held = 3, denied = 2, planned = 1 }

local function set_key(list) return table.concat(list, "\0") end
local deny_held

local function subset(a, b)
  local in_b = {}
  for _, x in ipairs(b) do in_b[x] = true end
  for _, x in ipairs(a) do if not in_b[x] then return false end end
  return true
end

local function partial_fits(p, date)
  if not p then return false end
  local _, m, d = dates.split(date)
  if p.month and p.day then return p.month == m and p.day == d end
  if p.weekday then return dates.weekday(date) == p.weekday end
  return false
end

local function partial_conflict(p, q)
  if not p or not q then return false end
  if p.weekday and q.weekday and p.weekday ~= q.weekday then return true end
  if p.month and q.month and p.month ~= q.month then return true end
  if p.day and q.day and p.day ~= q.day then return true end
  return false
end

local function dates_agree(a, b)
  if a.date and b.date then
    if a.date == b.date then return true end
    if a.date_basis == "reported" or b.date_basis == "reported" then
      return math.abs(dates.diff_days(a.date, b.date)) <= 1
    end
    return false
  end
  if not a.date and not b.date then
    return not partial_conflict(a.partial, b.partial) and a.status == b.status
  end
  local dated, undated = a, b
  if not a.date then dated, undated = b, a end
  return partial_fits(undated.partial, dated.date)
end

-- In one document a mention with a time of its own joins a group of the
-- same people when the days agree, or when one of them only has partial
-- facts (a month, a weekday, a day) that fit the other's date.
local function same_doc_agree(h, m)
  if dates_agree(h, m) then return true end
  if h.date and m.date then return false end
  local dated, undated = h, m
  if not h.date then dated, undated = m, h end
  if not dated.date then return not partial_conflict(h.partial, m.partial) end
  local p = undated.partial
  if p and (p.month or p.day or p.weekday) then return partial_fits(p, dated.date) end
  return true
end

-- A call reported as held is not the one another report denies; a plan
-- may be realised or refused.
local function status_compatible(a, b)
  return a == b or a == "planned" or b == "planned"
end

-- A call reported held on the day of its report is not the plan of the
-- same people for a later day the document also tells ("spoke by
-- telephone a short while ago" beside "intends to speak with him again
-- tomorrow"): it joins no planned group dated after its own day.
local function later_plan(h, m)
  return m.status == "held" and h.status == "planned" and h.date ~= nil and m.date ~= nil
    and h.date > m.date
end

-- (session 11) A plan by another medium than a held call of the same
-- people is another contact: "held a telephone conversation this
-- afternoon ... agreed to hold a virtual meeting in the coming weeks".
local function other_medium_plan(h, m)
  if not m.medium then return false end
  for _, x in ipairs(h.members) do
    if x.medium and x.medium ~= m.medium and x.status ~= m.status
        and (x.status == "planned" or m.status == "planned") then
      return true
    end
  end
  return false
end

-- A reference back with a time of its own that cannot be its
-- antecedent's ("The two leaders had last spoken by phone in September"
-- after a call dated in November) is another contact: a month or day
-- the group's day (stated or relative, not a report's) does not have, or
-- partial facts that conflict.
local function other_time(g, m)
  local p = m.partial
  if m.date or not p or not (p.month or p.day) then return false end
  if g.date then
    return (g.date_basis == "stated" or g.date_basis == "relative") and not partial_fits(p, g.date)
      and not (p.month and not p.day and select(2, dates.split(g.date)) == p.month)
  end
  return partial_conflict(g.partial, p)
end

-- A mention without a time of its own: a headline, "the call", a
-- sentence naming the people but not the day.
local function timeless(m)
  if m.distinct then return false end
  local t = m.time or {}
  return (t.kind == nil or t.kind == "report") and not m.partial
end

local function shares_document(h, g)
  for d in pairs(g.docs) do
    if h.docs[d] then return true end
  end
  return false
end

local function new_group(m)
  return { members = { m }, participants = m.participants, date = m.date,
    date_basis = m.date_basis, partial = m.partial, status = m.status, docs = { [m.doc] = true },
    first_sentence = m.sentence or 0, distinct = m.distinct, callback = m.callback }
end

local function absorb(g, m)
  g.members[#g.members + 1] = m
  if (m.sentence or 0) < g.first_sentence then g.first_sentence = m.sentence or 0 end
  g.docs[m.doc] = true
  if #m.participants > #g.participants then g.participants = m.participants end
  if (BASIS_RANK[m.date_basis] or 0) > (BASIS_RANK[g.date_basis] or 0) then
    g.date, g.date_basis = m.date, m.date_basis
  end
  if not g.date then g.partial = g.partial or m.partial end
  if (STATUS_RANK[m.status] or 0) > (STATUS_RANK[g.status] or 0) then g.status = m.status end
end

-- Moves group g's mentions into group `into` with add(into, m) (absorb:
-- with their facts), files them under it in group_of, and ends g.
local function move_members(g, into, group_of, add)
  for _, m in ipairs(g.members) do
    add(into, m)
    group_of[m.id] = into
  end
  g.members, g.dead = {}, true
end

local function finish(g)
  local call = { participants = g.participants, date = g.date, date_basis = g.date_basis or "unknown",
    status = g.status, topics = {}, sources = {}, evidence = {}, claims = {}, mention_ids = {} }
  local video, phone = 0, 0
  local seen = {}
  for _, m in ipairs(g.members) do
    call.initiator = call.initiator or m.initiator
    if m.medium == "video" then video = video + 1 else phone = phone + 1 end
    if not seen[m.doc] then
      seen[m.doc] = true
      call.sources[#call.sources + 1] = m.doc
    end
    call.evidence[#call.evidence + 1] = m.evidence
    call.mention_ids[#call.mention_ids + 1] = m.id
  end
  call.medium = video > 0 and "video" or "phone"
  table.sort(call.sources)
  return call
end

-- A call one side denies took place: in one document, denials of a past
-- contact (`retro`: "The Kremlin denied that Trump had spoken with
-- Putin") in a group without a day of its own, and the one group of the
-- same people reported held on the word of a news report or unnamed
-- sources (`hearsay`: "The Post reported that they spoke on Thursday"):
-- one call, denied (SCHEMA: an article says it did not take place); so
-- do denials whose own clause dates them on the held group's day.  A
-- call a side itself reports held is not undone by a denial.  The denials join the held group, on its day; denials of a
-- plan ("no call is planned") stay where they were.
local function undated(g)
  return not g.date or g.date_basis == "reported" or g.date_basis == "unknown"
end

local function the_held(list, g)
  local held, n = nil, 0
  for _, h in ipairs(list) do
    if h ~= g and not h.dead and h.status == "held" and set_key(h.participants) == set_key(g.participants) then
      held, n = h, n + 1
      local told = false
      for _, m in ipairs(h.members) do if m.hearsay then told = true end end
      if not told then return nil end
    end
  end
  return n == 1 and held or nil
end

deny_held = function(doc_groups)
  for _, list in pairs(doc_groups) do
    for _, g in ipairs(list) do
      local held = g.status == "denied" and not g.dead and the_held(list, g)
      -- (session 25) a denial dated by its own clause on the held call's
      -- day is a denial of that call ("The Kremlin denied that Trump had
      -- spoken with Putin on Thursday"); on another day, another contact
      if held and not (undated(g) or g.date == held.date) then held = nil end
      if held then
        local keep, moved = {}, false
        for _, m in ipairs(g.members) do
          if m.retro then absorb(held, m); moved = true else keep[#keep + 1] = m end
        end
        if moved then
          held.status = "denied"
          -- (a denied call has no day unless the text states one: a claim
          -- dated only by its report gives it none)
          if undated(held) then held.date, held.date_basis = nil, "unknown" end
        end
        -- (left without a day, it is the same denied contact as the rest
        -- of the denials: "refused to speak to her")
        if moved and not held.date then
          for _, m in ipairs(keep) do absorb(held, m) end
          keep = {}
        end
        g.members = keep
        g.dead = #keep == 0
      end
    end
  end
end

return {
  name = "merge",
  stage = "link",
  version = "1.13.0",
  api = 1,
  description = "merge call mentions of the same contact across sentences and documents",
  run = function(b)
    local groups = {}
    local group_of = {}
    -- doc -> the groups holding one of its mentions, in creation order:
    -- pass 1 only ever looks at those, so a corpus of thousands of
    -- documents is not scanned once per mention.
    local doc_groups = {}
    local function note_doc(g, doc)
      local list = doc_groups[doc]
      if not list then list = {}; doc_groups[doc] = list end
      for _, h in ipairs(list) do if h == g then return end end
      local pos = #list + 1
      while pos > 1 and list[pos - 1].idx > g.idx do pos = pos - 1 end
      table.insert(list, pos, g)
    end
    local function add_group(m)
      local g = new_group(m)
      groups[#groups + 1] = g
      g.idx = #groups
      note_doc(g, m.doc)
      return g
    end
    local function join(g, m)
      absorb(g, m)
      note_doc(g, m.doc)
    end
    -- Pass 1, in each document: references back join their antecedent;
    -- mentions with a time of their own join a group of the same people
    -- whose day agrees; a distinct contact ("again", "a second call")
    -- only joins one of the same status.
    local deferred = {}
    for _, m in ipairs(b.mentions or {}) do
      local g = m.ref and group_of[m.ref]
      if g and other_medium_plan(g, m) then g = nil end
      -- (session 10) a denial that refers back to a call told on hearsay
      -- ("A post says X telephoned Y ... the two have not spoken by phone
      -- since"): its own denied group, which deny_held sets against it
      if g and m.retro and g.status == "held" then
        for _, x in ipairs(g.members) do if x.hearsay then g = nil break end end
      end
      if g and not (m.date and g.date and m.date ~= g.date and m.date_basis ~= "reported"
          and g.date_basis ~= "reported") and not other_time(g, m) then
        join(g, m)
      elseif timeless(m) and not m.ref then
        deferred[#deferred + 1] = m
        g = nil
      else
        g = nil
        for _, h in ipairs(doc_groups[m.doc] or {}) do
          if set_key(h.participants) == set_key(m.participants)
              and same_doc_agree(h, m) and status_compatible(h.status, m.status)
              and not ((m.distinct or h.distinct) and h.status ~= m.status) and not other_medium_plan(h, m)
              -- (session 18) a call back is another contact ("X called Y back")
              and not m.callback then
            g = h
            break
          end
        end
        if g then join(g, m) else g = add_group(m) end
      end
      if g then group_of[m.id] = g end
    end
    -- Mentions without a time join the document's group of the same
    -- people (the status agreeing, if one does), else one whose people
    -- include theirs (a headline naming three of four leaders); among
    -- several, the one the article reports first.
    -- (more people first, so that a headline naming some of them finds
    -- the call of all)
    for k, m in ipairs(deferred) do m.order_ = k end
    table.sort(deferred, function(x, y)
      if #x.participants ~= #y.participants then return #x.participants > #y.participants end
      return x.order_ < y.order_
    end)
    for _, m in ipairs(deferred) do
      m.order_ = nil
      local best, best_rank
      for _, h in ipairs(doc_groups[m.doc] or {}) do
        do
          local rank
          if not status_compatible(h.status, m.status) or later_plan(h, m) or other_medium_plan(h, m) then
            rank = nil
          elseif h.callback and m.doc and h.docs[m.doc] and (m.sentence or 0) < h.first_sentence then
            rank = nil   -- (told before the call back: not it)
          elseif set_key(h.participants) == set_key(m.participants) then
            rank = h.status == m.status and 1 or 2
          elseif subset(m.participants, h.participants) then
            rank = h.status == m.status and 3 or 4
          end
          if rank and (not best or rank < best_rank
              or (rank == best_rank and h.first_sentence < best.first_sentence)) then
            best, best_rank = h, rank
          end
        end
      end
      if not best and #m.participants >= 3 then
        -- "Obama and Merkel on the phone to Hollande": a headline or
        -- summary naming the people of several calls the article reports
        -- one by one (each of two or more of its people) is those calls,
        -- not a call of all: it joins the first of them, people unchanged.
        local parts, covered, first = {}, {}, nil
        for _, h in ipairs(doc_groups[m.doc] or {}) do
          if #h.participants >= 2 and #h.participants < #m.participants
              and subset(h.participants, m.participants) and status_compatible(h.status, m.status) then
            parts[#parts + 1] = h
            for _, x in ipairs(h.participants) do covered[x] = true end
            if not first or h.first_sentence < first.first_sentence then first = h end
          end
        end
        local all = #parts >= 2
        for _, x in ipairs(m.participants) do if not covered[x] then all = false end end
        if all then
          local keep = first.participants
          join(first, m)
          first.participants = keep
          best = first
        end
      end
      if not best then best = add_group(m) elseif best.members[#best.members] ~= m then join(best, m) end
      group_of[m.id] = best
    end
    -- A conference told twice in one document, once with fewer of its
    -- people ("a telephone call with Netanyahu, Burhan and Hamdok" and a
    -- caption "Trump speaks by phone with the leaders of Israel and
    -- Sudan"): a group of three people or more whose people are all on
    -- a larger group of the document, on an agreeing day, is that call.
    -- (Two people are not: a bilateral call beside a conference is a
    -- contact of its own.)
    for _, list in pairs(doc_groups) do
      for _, g in ipairs(list) do
        if not g.dead and #g.participants >= 3 and not g.distinct then
          local into
          for _, h in ipairs(list) do
            if h ~= g and not h.dead and #h.participants > #g.participants
                and subset(g.participants, h.participants) and same_doc_agree(h, g)
                and status_compatible(h.status, g.status) and (not into or h.idx < into.idx) then
              into = h
            end
          end
          if into then move_members(g, into, group_of, absorb) end
        end
      end
    end
    -- (session 12) A round told as one list ("Putin speaks by phone to
    -- Assad, Raisi, Sisi, Abbas and Netanyahu", "is due to talk later
    -- today to A, B and C") whose every other person the document also
    -- reports on a call of their own with the one person they share, on
    -- an agreeing day: those calls, not a conference.  Its mentions
    -- join the first of them.
    for _, list in pairs(doc_groups) do
      for _, g in ipairs(list) do
        if not g.dead and #g.participants >= 3 and not g.distinct then
          local round
          for _, hub in ipairs(g.participants) do
            local first, all = nil, true
            for _, q in ipairs(g.participants) do
              if q ~= hub and all then
                local found
                for _, h in ipairs(list) do
                  if h ~= g and not h.dead and #h.participants == 2 and subset(h.participants, { hub, q })
                      and same_doc_agree(h, g) and status_compatible(h.status, g.status) then
                    found = found or h
                  end
                end
                if not found then all = false end
                first = first or found
              end
            end
            if all and first then round = first break end
          end
          if round then
            -- (its claims go with them; not its people, day or status)
            move_members(g, round, group_of, function(h, m) h.members[#h.members + 1] = m end)
          end
        end
      end
    end
    deny_held(doc_groups)
    -- Pass 2: across documents (only groups of the same people can merge:
    -- look among those).
    local merged, by_key = {}, {}
    for _, g in ipairs(groups) do
      if not g.dead then
        local into
        local key = set_key(g.participants)
        for _, h in ipairs(by_key[key] or {}) do
          -- one document's groups were told apart in pass 1 (and all of
          -- by_key[key] have g's people); the dates are the cheaper test
          if dates_agree(h, g) and not shares_document(h, g) then
            into = h
            break
          end
        end
        if into then
          for _, m in ipairs(g.members) do absorb(into, m) end
        else
          merged[#merged + 1] = g
          by_key[key] = by_key[key] or {}
          table.insert(by_key[key], g)
        end
      end
    end
    local calls = {}
    for _, g in ipairs(merged) do calls[#calls + 1] = finish(g) end
    -- by date, participants, then status (held, planned, denied) and the
    -- first evidence, so that the order never depends on grouping order
    local SORT_STATUS = { held = 1, planned = 2, denied = 3 }
    local people_key = {}
    for _, c in ipairs(calls) do people_key[c] = set_key(c.participants) end
    table.sort(calls, function(x, y)
      if (x.date or "9999") ~= (y.date or "9999") then return (x.date or "9999") < (y.date or "9999") end
      local kx, ky = people_key[x], people_key[y]
      if kx ~= ky then return kx < ky end
      if x.status ~= y.status then return (SORT_STATUS[x.status] or 9) < (SORT_STATUS[y.status] or 9) end
      local ex, ey = x.evidence[1] or {}, y.evidence[1] or {}
      if (ex.source or "") ~= (ey.source or "") then return (ex.source or "") < (ey.source or "") end
      return (ex.offset or 0) < (ey.offset or 0)
    end)
    for i, c in ipairs(calls) do c.id = "call-" .. i end
    b.calls = calls
    return b
  end,
}
