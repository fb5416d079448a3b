print("abcabc".rindex("c"))
"abcabc".rindex("d", 0, 2)
