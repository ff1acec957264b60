-- 35-meetings.lua — keep meetings meetings through the link stage.
--
-- The built-in link plugins know two media: 30-merge.lua sets every Call's
-- medium to "video" when one of its mentions was a video call and to
-- "phone" otherwise, and no link plugin copies a mention's `kind`.  So an
-- in-person meeting found by extract/60-meetings.lua would reach the
-- briefing as a phone call.  This plugin runs right after `merge`, while
-- the link stage's working list of mentions (`mentions`, removed by the
-- built-in `claims` link plugin) is still there, and puts back
--   medium = "in person", kind = "meeting"
-- on every Call whose mentions are all in-person ones.  A Call that merge
-- made from a meeting and a call of the same people (same day, or both
-- undated) is left as merge made it, with a warning: telling them apart
-- needs merge itself to compare the kinds (see README.md).
return {
  name = "meetings",
  stage = "link",
  version = "1.0.0",
  api = 1,
  description = "restore medium \"in person\" and kind \"meeting\" on merged meetings",
  after = "merge",
  run = function(b, ctx)
    local medium_of = {}
    for _, m in ipairs(b.mentions or {}) do medium_of[m.id] = m.medium end
    for _, call in ipairs(b.calls or {}) do
      local in_person, other = 0, 0
      for _, id in ipairs(call.mention_ids or {}) do
        if medium_of[id] == "in person" then in_person = in_person + 1 else other = other + 1 end
      end
      if in_person > 0 and other == 0 then
        call.medium, call.kind = "in person", "meeting"
      elseif in_person > 0 then
        ctx.log.warn(string.format("%s (%s): a meeting and a call of the same people were "
          .. "merged into one; kept as a call", call.id or "?",
          table.concat(call.participants or {}, ", ")))
      end
    end
    return b
  end,
}
