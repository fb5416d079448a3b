match x:
  case {**r, 1:a}: pass
