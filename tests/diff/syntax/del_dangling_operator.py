del a +
