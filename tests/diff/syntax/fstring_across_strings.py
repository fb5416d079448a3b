x = f'{x' 'y}'
