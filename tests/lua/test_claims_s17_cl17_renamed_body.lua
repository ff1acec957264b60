-- "the ministry" right after a body's account is that body ("Russia's
-- Foreign Ministry said ... The ministry added ..."), but not a body
-- whose head noun that body does not bear: "According to the Foreign
-- Ministry, ..." right after "..., the State Department said" is another
-- body, of the side of the participant it reports (session 17, cl17).
-- Invented paragraphs.

local function find(lines, text, head)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) and l:find(head, 1, true) == 1 then return true end
  end
  return false
end

test("a ministry after the State Department's account", function()
  local lines = claim_lines(extract({ "Secretary of State Madeleine Albright telephoned Foreign Minister Igor Ivanov on March 10 to voice her concern, the State Department said at the time.",
    "According to the Foreign Ministry, Ivanov told Albright that Russia wanted the talks to resume and asked for a halt to the air strikes." },
    "1999-03-12"))
  ok(find(lines, "halt to the air strikes", "Russia | Igor Ivanov | the Foreign Ministry"), table.concat(lines, "\n"))
end)

test("a ministry in the tail after a chancellery's account", function()
  local lines = claim_lines(extract({ "Chancellor Gerhard Schroeder spoke by telephone with Foreign Minister Lamberto Dini on Tuesday, the Chancellery said.",
    "Dini told Schroeder that Italy would send a frigate to the Adriatic, the Foreign Ministry said." },
    "1997-03-20"))
  ok(find(lines, "send a frigate", "Italy | Lamberto Dini"), table.concat(lines, "\n"))
end)

test("the ministry after the same ministry's account stays it", function()
  local lines = claim_lines(extract({ "Foreign Minister Igor Ivanov spoke by telephone with Foreign Minister Joschka Fischer on Monday, Russia's Foreign Ministry said.",
    "The ministry said Fischer had assured Ivanov that Germany wanted a political settlement." },
    "1999-04-14"))
  ok(find(lines, "political settlement", "Russia | Joschka Fischer"), table.concat(lines, "\n"))
end)
