def drain(queue):
    async for item in queue:
        print(item)
