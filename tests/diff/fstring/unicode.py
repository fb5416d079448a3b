# Non-ASCII text, values and fill characters.
name = 'Zoë'
city = '東京'
print(f"¡Hola {name}! こんにちは {city} 🎉")
print(f"{name:*^9}|{city:>6}|{city:.1}|{name!a}")
print(f"{'ü':é<4}|{3:€>5}|{2.5:\U0001f600^9}|")
print(f"{len(city)} {city[1]} {name[-1]}")
