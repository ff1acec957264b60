-- 90-tidy.lua — drop the extract stage's working data (`analysis`: tokens,
-- mentions, clauses) so the Extraction holds only the contract's fields
-- (document, calls, claims, people).  A plugin that needs the working data
-- runs before this one.
return {
  name = "tidy",
  stage = "extract",
  version = "1.0.0",
  api = 1,
  description = "remove working data from the extraction",
  run = function(ex)
    ex.analysis = nil
    return ex
  end,
}
