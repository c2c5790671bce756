msg = f"value {x}
