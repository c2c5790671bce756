match v:
    case Point(x=q, y=q):
        pass
