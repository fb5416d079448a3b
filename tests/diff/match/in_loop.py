# match inside loops with break/continue, and a command interpreter.
def run(commands):
    stack = []
    for cmd in commands:
        match cmd:
            case ["push", n]:
                stack.append(int(n))
            case ["pop"]:
                stack.pop()
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["skip", *_]:
                continue
            case ["stop"]:
                break
            case [unknown, *args]:
                print("unknown", unknown, args)
            case []:
                print("blank")
    return stack


print(run([["push", "1"], ["push", "2"], ["add"], ["skip", "this"], ["bogus", "1", "2"], [], ["push", "5"], ["stop"], ["push", "9"]]))
