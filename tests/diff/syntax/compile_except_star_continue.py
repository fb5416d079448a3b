def retry(n):
    for i in range(n):
        try:
            pass
        except* KeyError:
            continue
