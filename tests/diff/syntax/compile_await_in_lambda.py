handler = lambda task: await task
