output = "out"
formats = { "md", "pdf" }
plugin_dirs = { "plugins" }
options = { ["jsonl-feed"] = { body = "text" } }
