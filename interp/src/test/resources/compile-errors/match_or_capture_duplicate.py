match v:
    case [a, (1 | 2) as a]:
        pass
