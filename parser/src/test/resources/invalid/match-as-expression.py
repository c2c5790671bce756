match x:
    case 42 as 1+2+4:
        pass
