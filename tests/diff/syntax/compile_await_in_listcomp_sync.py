def wait_all(tasks):
    return [await t for t in tasks]
