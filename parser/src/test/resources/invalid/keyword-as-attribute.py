x.import = 1
