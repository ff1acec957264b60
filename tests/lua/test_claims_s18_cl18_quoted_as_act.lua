-- "<outlet> quoted X as expressing / urging / warning ...": a participle
-- of speech after "quoted X as" other than "saying" is X's act, told by
-- the outlet, its verb kept ("expressing his condolences ..."); and "the
-- official <agency>" / "<country>'s official <agency>" is that agency
-- (the adjective "official" is no title), so "It" after it is its
-- account (session 18, cl18).  Invented paragraphs.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

test("quoted as expressing: the quoted person's act, the outlet's account", function()
  local lines = claim_lines(extract({ "President Vladimir Putin spoke by phone with President Recep Tayyip Erdogan on Monday.",
    "The Anadolu agency quoted Erdogan as expressing his condolences to the Russian people." },
    "2017-04-04"))
  ok(has(lines, "Turkey | Recep Tayyip Erdoğan") and has(lines, "expressing his condolences to the Russian people"),
    table.concat(lines, "\n"))
end)

test("quoted as saying still gives the content alone", function()
  local lines = claim_lines(extract({ "President Vladimir Putin spoke by phone with President Recep Tayyip Erdogan on Monday.",
    "The Anadolu agency quoted Erdogan as saying that Turkey stood ready to help with the investigation." },
    "2017-04-04"))
  ok(has(lines, "Turkey | Recep Tayyip Erdoğan") and has(lines, "| Turkey stood ready to help"), table.concat(lines, "\n"))
end)

test("'It quoted' after the country's official agency is that agency's account", function()
  local lines = claim_lines(extract({ "BEIJING, May 5 (Wire) -- President Xi Jinping spoke by phone with Chancellor Olaf Scholz on Tuesday, Berlin said.",
    "Berlin said Scholz urged China to use its influence on Moscow.",
    { "China's official Xinhua news agency gave a different account.",
      "It quoted Xi as saying that Europe should pursue strategic autonomy." } },
    "2023-05-05"))
  ok(has(lines, "China | Xi Jinping") and has(lines, "Europe should pursue strategic autonomy"), table.concat(lines, "\n"))
end)
