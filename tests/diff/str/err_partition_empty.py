print("k=v".partition("="))
"k=v".partition("")
