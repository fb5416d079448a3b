# sum() refuses a str start
sum(("a", "b"), "")
