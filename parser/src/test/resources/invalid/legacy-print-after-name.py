if vt:
    truecolor print win_version.major > 10 or (
        win_version.build >= 15063)
