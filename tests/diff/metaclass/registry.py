# the registry pattern: the metaclass's __init__ records every subclass
class PluginMeta(type):
    registry = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            PluginMeta.registry.append(name)
            cls.plugin_id = len(PluginMeta.registry)


class Plugin(metaclass=PluginMeta):
    pass


class Audio(Plugin):
    pass


class Video(Plugin):
    pass


class HD(Video):
    pass


print(PluginMeta.registry, Audio.plugin_id, HD.plugin_id, hasattr(Plugin, "plugin_id"))
print([type(c).__name__ for c in (Plugin, Audio, HD)])
