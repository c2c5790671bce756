match v:
    case y if y > 1:
        pass
    case z:
        pass
    case 3:
        pass
