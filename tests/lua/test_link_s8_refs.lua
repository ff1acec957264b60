-- References, session 8: a held call with no time of its own whose people
-- turn out to be one person named twice ("the hardest call the President
-- has made since he ...", the office and the name both the caller's) is a
-- reference back to the latest call of the document with that person: its
-- sentence is evidence of that call, not a call dropped for want of a
-- second party.  Short invented reports.

-- each call: its people, date and the sentences its evidence comes from
local function calls_of(paras, pub)
  local b = briefing(paras, pub)
  local out = {}
  for i, c in ipairs(b.calls) do
    local from = {}
    for k, e in ipairs(c.evidence) do
      from[k] = e.text == paras[1] and "s1" or e.text == paras[2] and "s2" or "?"
    end
    out[i] = call_pairs({ calls = { c } }, "date")[1] .. " from " .. table.concat(from, ",")
  end
  return out
end

test("one person named twice on a call without a day refers back to that person's call", function()
  eq(calls_of({ "President Lula telephoned Javier Milei yesterday.",
    "Aides called it the hardest call the President has made since he returned to power, and said Lula urged calm." },
    "2023-03-15"), { "Javier Milei + Luiz Inácio Lula da Silva @ 2023-03-14 from s1,s2" })
  eq(calls_of({ "Chancellor Olaf Scholz telephoned Emmanuel Macron on Monday.",
    "Aides called it the toughest call the Chancellor has made since he took office, and said Scholz pressed for a deal." },
    "2023-03-15"), { "Emmanuel Macron + Olaf Scholz @ 2023-03-13 from s1,s2" })
  eq(calls_of({ "President Joe Biden phoned Benjamin Netanyahu on Monday.",
    "Officials described it as the most delicate call the President has made since he ordered the strikes." },
    "2024-04-03"), { "Benjamin Netanyahu + Joe Biden @ 2024-04-01 from s1,s2" })
end)
