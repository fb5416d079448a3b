tests = ["0", "٠١٢", "۱۲۳", "१२३", "①②", "½", "Ⅳ", "〇", "七", "壹", "⁵", "₅", "𝟘𝟙", "𐄇", "১৪", "߀", "²3", "1.5", "-1", " 1", "١٢x"]
for t in tests:
    print(repr(t), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isalnum(), t.isalpha())
