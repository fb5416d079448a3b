f'{x=}' f'{a["k"]:{width}.{prec}f}' f'''{
  y
}'''
f'{lambda: 1}'
