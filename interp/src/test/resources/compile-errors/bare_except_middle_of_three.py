try:
    pass
except ValueError:
    pass
except:
    pass
except TypeError:
    pass
