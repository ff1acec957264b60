-- 20-pdf.lua — briefing.pdf, typeset by the host (libharu) from the very
-- Markdown the markdown plugin produced, so the two never disagree.  The
-- figures of 07-figures.lua go along as opts.figures, keyed by the file
-- name the Markdown's image links use: the typesetter draws their shapes
-- where the image would be.  ctx.pdf.write typesets on a thread of its own
-- (with -j 2 or more) while the later plugins run: the file is there when
-- the run commits.
local function figure_opts(figures)
  if not figures or #figures == 0 then return nil end
  local out = {}
  for _, fig in ipairs(figures) do
    out[fig.file] = { width = fig.width, height = fig.height, shapes = fig.shapes }
  end
  return out
end

return {
  name = "pdf",
  stage = "render",
  version = "1.2.0",
  api = 1,
  description = "typeset briefing.pdf from the briefing's Markdown",
  run = function(briefing, ctx)
    if not ctx.run.formats.pdf then return end
    if not briefing.markdown then error("no Markdown to typeset: the markdown plugin did not run") end
    assert(ctx.pdf.write("briefing.pdf", briefing.markdown, {
      title = briefing.title,
      subject = "Briefing on calls between leaders",
      author = "callbrief",
      paper = ctx.run.paper,
      date = ctx.run.epoch,
      figures = figure_opts(briefing.figures),
    }))
  end,
}
