inputs = "docs"
template = "t.md"
max_input_size = 1e300
