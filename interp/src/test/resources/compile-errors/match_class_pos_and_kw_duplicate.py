match v:
    case C(d, e=d):
        pass
