items = [1]
*items
