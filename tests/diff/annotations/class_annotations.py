# Class bodies keep their own __annotations__.
class Config:
    name: str = "default"
    retries: int = 3
    verbose: bool


print(Config.name, Config.retries)
print(Config.__annotations__)
print(hasattr(Config, "verbose"))
