def connect(host, *, timeout=1, host=None):
    pass
