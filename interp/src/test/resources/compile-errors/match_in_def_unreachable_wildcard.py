def f(v):
    match v:
        case 1:
            pass
        case _:
            pass
        case 2:
            pass
