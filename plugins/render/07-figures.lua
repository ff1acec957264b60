-- 07-figures.lua — the briefing's figures: a call graph and a timeline of
-- the calls.  Lays them out once (lua/figures.lua) as plain lists of shapes
-- in briefing.figures, which the later plugins share: 10-markdown.lua links
-- them from briefing.md, 20-pdf.lua has the typesetter draw them, and
-- 25-html.lua inlines them.  Writes callgraph.svg and timeline.svg (from the
-- same shapes, through lua/svg.lua) when Markdown or HTML is asked for.
-- A briefing without calls gets no figures (briefing.figures = nil).
local figures = require("callbrief.figures")
local svg = require("callbrief.svg")

return {
  name = "figures",
  stage = "render",
  version = "1.3.0",
  api = 1,
  description = "lay out the call graph and timeline; write them as SVG",
  run = function(briefing, ctx)
    local f = ctx.run.formats
    if not (f.md or f.pdf or f.html) then return briefing end
    -- (the name particles of the gazetteer's roles file: "von der Leyen")
    local roles = ctx.data("extract/roles.yaml")
    local particles = figures.particles(roles and ctx.yaml.load(roles, "extract/roles.yaml"))
    briefing.figures = figures.build(briefing.calls or {}, briefing.actors, particles)
    if not briefing.figures then return briefing end
    if ctx.run.formats.md or ctx.run.formats.html then
      for _, fig in ipairs(briefing.figures) do
        assert(ctx.output.write(fig.file, svg.render(fig)))
      end
    end
    return briefing
  end,
}
