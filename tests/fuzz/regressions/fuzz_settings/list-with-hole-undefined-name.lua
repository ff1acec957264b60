output = "oot"

inputs = { call, "p.f}}"  }
