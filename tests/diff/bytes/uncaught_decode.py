print('before')
b'\x80abc'.decode('utf-8')
