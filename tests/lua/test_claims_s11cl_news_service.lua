-- A news agency whose name ends in "Service" or "Bureau" ("Danube News
-- Service", "Pacific Wire Service") is a publication, not a government's
-- press service, session 11: its report is no official readout, so each
-- side's words keep their own side.  Invented reports.

local function lines(paras, pub, outlet)
  return claim_lines(extract(paras, pub, { outlet = outlet }))
end

test("a news service's report is no readout", function()
  eq(lines({ "Chancellor Gerhard Schroeder telephoned Russian President Vladimir Putin on Tuesday.",
    "Putin said Russia would resume full gas deliveries to Ukraine by the evening." },
    "2006-01-04", "Danube News Service"),
    { "Russia | Vladimir Putin | - | Russia would resume full gas deliveries to Ukraine by the evening" })
  eq(lines({ "Prime Minister John Howard telephoned New Zealand Prime Minister Helen Clark on Monday.",
    "Clark said New Zealand would send a hundred more police officers to Honiara." },
    "2003-07-29", "Pacific Wire Service"),
    { "New Zealand | Helen Clark | - | New Zealand would send a hundred more police officers to Honiara" })
end)

test("a government's press service still is one", function()
  eq(lines({ "President Vladimir Putin held a telephone conversation with Chancellor Gerhard Schroeder.",
    "Schroeder thanked Putin for the resumption of gas deliveries." },
    "2006-01-04", "Press Service of the President of Russia"),
    { "Russia | Gerhard Schröder | Press Service of the President of Russia | thanked Putin for the resumption of gas deliveries" })
end)
