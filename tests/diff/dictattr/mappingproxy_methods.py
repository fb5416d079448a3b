# mappingproxy methods and iteration follow the class as it changes.
class Config:
    debug = False
    level = 3

    def show(self):
        return self.level


proxy = Config.__dict__
keys = [k for k in proxy if k[:2] != "__"]
print(keys)
print([k for k in proxy.keys() if k[0] != "_"])
print([v for k, v in proxy.items() if k in ("debug", "level")])
Config.level = 5
Config.extra = [1]
print(proxy["level"], proxy.get("extra"), "extra" in proxy, len(proxy) > 3)
del Config.debug
print("debug" in proxy, proxy.get("debug", "gone"))
for name in ("show", "level"):
    print(name, name in proxy)
print(type(proxy).__name__, isinstance(proxy, dict))
print([v for v in proxy.values() if v == 5])
copied = proxy.copy()
copied["new"] = 1
print("new" in proxy, type(copied).__name__)
try:
    proxy.get()
except TypeError as e:
    print("TypeError", e)
try:
    proxy |= {}
except TypeError as e:
    print("TypeError", e)
