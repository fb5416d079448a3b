"k=v".rpartition(None)
