# map() with one argument
map(abs)
