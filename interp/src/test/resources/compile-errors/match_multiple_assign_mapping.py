match v:
    case {'a': y, 'b': y}:
        pass
