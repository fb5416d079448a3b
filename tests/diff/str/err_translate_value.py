"abc".translate({97: 2.5})
