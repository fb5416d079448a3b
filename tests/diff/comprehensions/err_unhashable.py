print({x: 1 for x in [[1]]})
