def fetch(task):
    result = await task
    return result
