match v:
    case [__debug__]:
        pass
