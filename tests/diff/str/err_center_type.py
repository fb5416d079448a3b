"x".center("10")
