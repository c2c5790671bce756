match v:
    case (1, a) | (2, a, b):
        pass
