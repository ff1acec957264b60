-- Claims (session 5, fourth round): precision of reported speech.  Each
-- case is a small article written for the test and fails without the rule
-- it names (plugins/extract/30-claims.lua, lua/speech.lua).

-- The claims of an extraction as "call | side | speaker | text" lines,
-- the call named by its other party.
local function lines(ex, caller)
  local other = {}
  for _, c in ipairs(ex.calls) do
    for _, p in ipairs(c.people) do
      local n = p.name or p.text
      if n ~= caller then other[c.id] = n end
    end
  end
  local out = {}
  for _, c in ipairs(ex.claims) do
    out[#out + 1] = table.concat({ other[c.call] or "-", c.side or "-", c.speaker.text, c.text }, " | ")
  end
  return out
end

test("a count and a person joined to a group are one subject: 'X and the three leaders agreed'", function()
  local ex = extract({
    "On Friday President Francois Hollande telephoned German Chancellor Angela Merkel, along with Mario Monti and Mariano Rajoy, to coordinate a response.",
    "The Elysee said Mr Hollande and the three European leaders agreed in separate calls that the shelling of Homs was a crime and that those responsible must answer for it." },
    "2012-03-03")
  for _, l in ipairs(lines(ex, "François Hollande")) do
    assert(not l:find("the three", 1, true), "a subject taken as a point: " .. l)
  end
end)

test("the caller and the group he called agree on each of those calls", function()
  local ex = extract({
    "On Friday President Francois Hollande telephoned German Chancellor Angela Merkel, along with Mario Monti and Mariano Rajoy, to coordinate a response.",
    "The Elysee said Mr Hollande and the three European leaders agreed in separate calls that the shelling of Homs was a crime and that those responsible must answer for it." },
    "2012-03-03")
  local got = lines(ex, "François Hollande")
  table.sort(got)
  local t = "agreed in separate calls that the shelling of Homs was a crime; those responsible must answer for it"
  eq(got, { "Angela Merkel | France | joint | " .. t, "Mariano Rajoy | France | joint | " .. t,
    "Mario Monti | France | joint | " .. t })
end)

test("'The statement said' after a spokesperson's statement is that account, not the home side's", function()
  local ex = extract({
    "ANKARA, May 4 (Reuters) - President Tayyip Erdogan and U.S. President Joe Biden spoke by telephone on Sunday.",
    "\"The United States will keep its troops in the region,\" White House spokeswoman Karine Jean-Pierre said in a statement issued late on Sunday.",
    "The statement said Turkey would take charge of the border crossings from next month." }, "2022-05-04")
  local got = lines(ex, "Recep Tayyip Erdoğan")
  eq(#got, 2)
  assert(got[2]:find("^[^|]+| United States |"), "the statement's side: " .. got[2])
end)

test("a phrase listed under two act kinds takes the later kind, in every process ('reviewed': topic)", function()
  local ex = extract({ "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by phone on Tuesday.",
    "The two leaders reviewed the progress of the gas pipeline project, the Kremlin said." }, "2021-03-03")
  eq(#ex.claims, 1)
  eq(ex.claims[1].kind, "topic")
end)
