# Word frequencies of a generated text: lower(), split(), strip(chars),
# dict counting, then the most common words by sorted() with a key.
VOCAB = ["The", "quick", "Brown", "fox", "jumps,", "over", "the", "lazy", "dog.", "And", "runs", "away", "from", "a",
         "hunter;", "in", "the", "forest", "near", "the", "River", "bank", "where", "birds", "sing!"]


def make_text(nwords):
    seed = 42
    out = []
    for i in range(nwords):
        seed = seed * 48271 % 2147483647
        w = VOCAB[(seed >> 8) % len(VOCAB)]
        if seed % 7 == 0:
            w = w + str(seed % 50)
        out.append(w)
        if seed % 11 == 0:
            out.append("\n")
    return " ".join(out)


def main():
    text = make_text(300000)
    counts = {}
    for rep in range(4):
        for word in text.lower().split():
            w = word.strip(".,;!")
            if w:
                counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(len(counts))
    for w, c in top[:15]:
        print(w, c)


main()
