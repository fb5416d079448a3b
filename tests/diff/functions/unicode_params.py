def grüße(naïve, *, ñ=1, **kw):
    return naïve + ñ
print(grüße(1), grüße(naïve=2, ñ=3))
print(grüße.__name__)
