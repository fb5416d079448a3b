x = b'abc' + 'def'
