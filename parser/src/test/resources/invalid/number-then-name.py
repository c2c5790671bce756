if 1x: pass
