-- Session 15: a story filed under a line of its own with the place and
-- the weekday ("KAMPALA, Friday") has that place as its dateline; a bare
-- "State House" is Kenya's, Uganda's, Tanzania's or Zambia's, and on a
-- call between two of them the one of a place the sentence opens with,
-- else of the dateline; "confirmed the call took place" reports a clause
-- as "said" does.  Invented stories.

local function story(dateline, body)
  local lines = { "Leaders discuss fuel supplies", "" }
  if dateline then lines[#lines + 1] = dateline; lines[#lines + 1] = "" end
  for _, s in ipairs(body) do lines[#lines + 1] = s; lines[#lines + 1] = "" end
  return page_run(table.concat(lines, "\n"))
end

local CALL = "President John Magufuli of Tanzania and President Yoweri Museveni of Uganda held telephone talks on Thursday."

test("a place and a weekday on a line of their own are the dateline", function()
  local d = story("DAR ES SALAAM, Friday", { CALL })
  eq(d.dateline and d.dateline.place, "DAR ES SALAAM")
  local d2 = story("Kampala, Tuesday.", { CALL })
  eq(d2.dateline and d2.dateline.place, "Kampala")
end)

test("State House on a call of two State Houses: the dateline's", function()
  local _, ex = story("DAR ES SALAAM, Friday", { CALL,
    "According to a statement from State House, the two leaders agreed to speed up work on the pipeline." })
  local lines = claim_lines(ex)
  ok(has(lines, "Tanzania | joint | State House | agreed to speed up work on the pipeline"), table.concat(lines, "\n"))
  local _, ex2 = story("KAMPALA, Friday", { CALL,
    "According to a statement from State House, the two leaders agreed to speed up work on the pipeline." })
  lines = claim_lines(ex2)
  ok(has(lines, "Uganda | joint | State House | agreed to speed up work on the pipeline"), table.concat(lines, "\n"))
  -- a place the sentence opens with comes first
  local _, ex3 = story("KAMPALA, Friday", { CALL,
    "In Dar es Salaam, State House said the two leaders agreed to speed up work on the pipeline." })
  lines = claim_lines(ex3)
  ok(has(lines, "Tanzania | joint | State House | agreed to speed up work on the pipeline"),
    table.concat(lines, "\n"))
end)

test("confirmed with a clause and no 'that' reports the clause", function()
  local _, ex = story(nil, { "May 12, 2023", CALL,
    "Tanzanian government spokesman Gerson Msigwa confirmed the two presidents had agreed to meet in Arusha." })
  local lines = claim_lines(ex)
  ok(has(lines, "Tanzania | joint | Tanzanian government spokesman | agreed to meet in Arusha"),
    table.concat(lines, "\n"))
end)
