b = b'\xz0'
