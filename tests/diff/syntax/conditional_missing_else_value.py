a if b else
