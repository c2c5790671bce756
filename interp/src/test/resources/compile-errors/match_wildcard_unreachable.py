match v:
    case _:
        pass
    case 2:
        pass
