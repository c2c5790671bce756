match v:
    case {'k': r, **r}:
        pass
