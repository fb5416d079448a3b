command = "go"
match command:
    case action:
        print(action)
    case "stop":
        print("stop")
