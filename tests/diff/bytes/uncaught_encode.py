print('before')
bytes('caf\xe9', 'ascii')
