b = b'\x00
