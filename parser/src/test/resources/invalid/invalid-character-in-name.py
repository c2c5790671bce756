café• = 1
