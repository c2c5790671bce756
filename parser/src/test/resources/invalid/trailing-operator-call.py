f(a, b +)
