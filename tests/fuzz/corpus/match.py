match p:
    case Point(x=0, y=0) | [1, 2, *rest]:
        pass
    case {'k': v, **kw} if v > 0:
        pass
    case -1 | 1+2j | 'a' 'b' | None | _:
        pass
