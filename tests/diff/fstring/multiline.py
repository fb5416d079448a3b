# Triple-quoted and multi-line f-strings, escapes and \N{...} names.
x = 5
text = f"""line one {x}
line two {x * 2}
  indented {'s'}"""
print(text)
print(f"tab\there {x}\nnewline \N{EURO SIGN}{x}\N{SNOWMAN} \\ backslash \x41")
print(f"{x}" "plain" f"{x}" 'more')
print(f"a"
      f"{x}"
      "b")
v = (f"{x:>3}"
     f"|{x:<3}|")
print(v)
