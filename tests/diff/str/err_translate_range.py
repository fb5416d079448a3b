print("ok".translate({111: 48}))
"abc".translate({98: 0x110000})
