# Non-ASCII templates; the error index counts characters.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


print('ünï %s çødé %d €' % ('ß', 3))
print('%5s|%-5s|' % ('é', '日本'))
print('%.1s|' % '\U0001f600x')
show(lambda: 'ééé%q' % (1,))
show(lambda: '日本%日' % (1,))
