# The handled exception of a caller is the context of an error in a callee.
def helper():
    return undefined_helper_name

def main():
    try:
        raise ValueError("while handling")
    except ValueError:
        helper()

main()
