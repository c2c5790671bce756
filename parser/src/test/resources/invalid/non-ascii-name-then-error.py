café = = 1
