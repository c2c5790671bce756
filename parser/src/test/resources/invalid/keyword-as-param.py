def f(def): pass
