f(x for x irsed.release)
