# try with neither except nor finally, at the end of the file.
try:
    pass
