def f():
    try:
        continue
    except Exception:
        pass
