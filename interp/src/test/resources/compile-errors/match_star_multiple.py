match v:
    case [*r, r]:
        pass
