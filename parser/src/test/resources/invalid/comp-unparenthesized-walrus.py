[i := 0, j := 1 for i, j in x]
