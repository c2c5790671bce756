d = {c: u for cv u in zip(a, b)}
