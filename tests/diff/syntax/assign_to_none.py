# Assignment to a keyword constant.
None = 1
