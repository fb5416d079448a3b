# str operations on a multi-megabyte text: split, join, replace, find,
# count, startswith, strip and `+=` building (memchr/memmem-class loops).
VOCAB = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "runs", "away", "from", "hunter",
         "in", "forest", "near", "river", "bank", "where", "birds", "sing", "every", "morning", "before", "sunrise"]


def make_text(nwords):
    seed = 12345
    lines = []
    line = []
    for i in range(nwords):
        seed = seed * 48271 % 2147483647
        line.append(VOCAB[seed % len(VOCAB)])
        if seed % 13 == 0:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def main():
    text = make_text(400000)
    print("chars", len(text))
    total = 0
    for rep in range(6):
        words = text.split()
        total += len(words)
        joined = " ".join(words)
        total += len(joined)
        replaced = text.replace("fox", "wolf")
        total += len(replaced)
        total += text.count("river") + replaced.count("wolf")
        pos = 0
        hits = 0
        while True:
            pos = text.find("hunter", pos)
            if pos < 0:
                break
            hits += 1
            pos += 6
        total += hits
        lines = text.splitlines()
        total += len(lines)
        n = 0
        for ln in lines:
            if ln.startswith("the") or ln.endswith("dog"):
                n += 1
            total += len(ln.strip())
        total += n
        parts = text.split("\n", 1000)
        total += len(parts)
        total += len(text.upper()) + text.rfind("sunrise")
    s = ""
    for i in range(200000):
        s += VOCAB[i % len(VOCAB)]
    total += len(s)
    print("total", total)


main()
