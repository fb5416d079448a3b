del f() +
