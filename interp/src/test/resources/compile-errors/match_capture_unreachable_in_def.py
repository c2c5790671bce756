def f(v):
    match v:
        case name:
            return 1
        case _:
            return 2
