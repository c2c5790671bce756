p•àrint "x"
