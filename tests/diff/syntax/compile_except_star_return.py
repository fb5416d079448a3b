def check():
    try:
        pass
    except* OSError as group:
        return group
