limits = { instructions = 1000000, memory = "50M" }
disable = { "html" }
trusted = { "read" }
order = { source = { "read" } }
max_input_size = "10M"
paper = "letter"
title = "T"
