-- A national paper's own line of place and date over the story ("LISBON,
-- TUESDAY, JUNE 4, 1985   20 ESCUDOS", "Bonn, 30 April 1993"), dropped
-- as page furniture, places the paper as a dateline does (session 16,
-- cl16): when the story has no dateline of its own, a source "close to
-- the Presidency", "officials here", "the source said" of no stated
-- country are of that place's country, whose account the paper tells.
-- Invented pages.

local function page(lines)
  return page_run(table.concat(lines, "\n\n"))
end

local HEAD = { "THE LUSITANIAN HERALD\nLISBON, TUESDAY, JUNE 4, 1985          20 ESCUDOS", "FISHING TALKS: LISBON WAITS", "By a Staff Reporter" }

local function with(body)
  local t = {}
  for _, l in ipairs(HEAD) do t[#t + 1] = l end
  for _, l in ipairs(body) do t[#t + 1] = l end
  return t
end

test("a source close to the Presidency: the paper's country", function()
  local _, ex = page(with({
    "It has been learned that Prime Minister Felipe Gonzalez telephoned President Mario Soares on Sunday evening, in what a source close to the Presidency called a useful conversation.",
    "Mr. Gonzalez asked that Lisbon make no statement until the ministers met, the source said." }))
  local lines = claim_lines(ex)
  ok(has(lines, "Portugal | Felipe González | the source | asked that Lisbon make no statement until the ministers met"), table.concat(lines, "\n"))
end)

test("officials here: the paper's country", function()
  local _, ex = page(with({
    "Prime Minister Felipe Gonzalez telephoned President Mario Soares on Sunday.",
    "Officials here said Mr. Gonzalez had promised that the quotas would be settled before the summer." }))
  local lines = claim_lines(ex)
  ok(has(lines, "Portugal | Felipe González | Officials | promised that the quotas would be settled before the summer"), table.concat(lines, "\n"))
end)
