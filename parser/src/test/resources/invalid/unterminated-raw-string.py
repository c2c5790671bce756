p = r'C:\path\'
