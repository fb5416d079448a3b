while True:
    class Node:
        continue
