-- Session 20, claims (cl20): a state's own site is a readout of its
-- government.  Its outlet is the state's formal name ("Kingdom of
-- Norway" over "KINGDOM OF NORWAY - GOVERNMENT"), or a masthead line is a
-- government body of no stated country ("PRESIDENCY OF THE REPUBLIC")
-- under the state's name in its own language, the country then that of
-- the communiqué's dateline.  The other leader's words on such a page are
-- that side's account.  Pages of our own.

local function has(lines, text)
  for _, l in ipairs(lines) do
    if l:find(text, 1, true) then return true end
  end
  return false
end

local function run(lines)
  local _, ex = page_run(table.concat(lines, "\n"))
  return claim_lines(ex)
end

test("'KINGDOM OF NORWAY - GOVERNMENT': the other leader's words are Norway's account", function()
  local l = run({
    "KINGDOM OF NORWAY - GOVERNMENT",
    "Home > News > Press releases",
    "",
    "PRIME MINISTER SOLBERG SPOKE WITH PRESIDENT MACRON",
    "14.05.2019 10:40",
    "",
    "Prime Minister Erna Solberg had a telephone conversation today with the President of France, Emmanuel Macron.",
    "",
    "The Prime Minister informed the President of the results of the Arctic council meeting. President Macron assured the Prime Minister that France would back the new fisheries accord.",
    "",
    "Print version | Send to a friend" })
  ok(has(l, "Norway | Emmanuel Macron |") and has(l, "France would back the new fisheries accord"), table.concat(l, "; "))
  ok(not has(l, "France | Emmanuel Macron"), table.concat(l, "; "))
end)

test("a presidency's communiqué under the state's name in French: the dateline's country", function()
  local l = run({
    "RÉPUBLIQUE DU SÉNÉGAL",
    "Un Peuple - Un But - Une Foi",
    "",
    "PRESIDENCY OF THE REPUBLIC",
    "Press Office",
    "",
    "COMMUNIQUE No. 12",
    "",
    "Dakar, 12 March 2001",
    "",
    "The Head of State, President Abdoulaye Wade, held a telephone conversation this morning with the President of Nigeria, Mr. Olusegun Obasanjo.",
    "",
    "President Obasanjo told the Head of State that Nigeria would support the regional peace plan and would send its foreign minister to the talks." })
  ok(has(l, "Senegal | Olusegun Obasanjo |") and has(l, "Nigeria would support the regional peace plan"), table.concat(l, "; "))
end)

test("guard: a newspaper datelined in a capital keeps each leader's side", function()
  local l = run({
    "THE HARBOUR GAZETTE",
    "",
    "Leaders discuss fisheries",
    "",
    "OSLO, May 14 - Prime Minister Erna Solberg spoke by telephone with French President Emmanuel Macron on Tuesday.",
    "",
    "Mr Macron told her that France would back the new fisheries accord, a French official said." })
  ok(has(l, "France |") and has(l, "France would back the new fisheries accord"), table.concat(l, "; "))
  ok(not has(l, "Norway | Emmanuel Macron"), table.concat(l, "; "))
end)
