match v:
    case [p] as p:
        pass
