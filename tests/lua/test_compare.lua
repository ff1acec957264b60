-- Compare stage: claims grouped by side.
test("by_side groups claim indices, sorted by side", function()
  local b = { calls = { { claims = {
    { side = "Turkey", text = "a" }, { side = "Russia", text = "b" }, { side = "Turkey", text = "c" } } } } }
  b = run_stage("compare", b)
  eq(b.calls[1].by_side, { { side = "Russia", claims = { 2 } }, { side = "Turkey", claims = { 1, 3 } } })
end)
