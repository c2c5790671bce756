match x:
    case 0j+0j:
        pass
