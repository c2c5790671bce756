"""Dicts: counting words in a generated text with a plain dict, dict.get and setdefault, bigram
counts keyed by tuples, an inverted index of word positions, and the most frequent words sorted
by count then word.  Written for Taipan's bench/."""

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "an", "el"]


def generate(n, seed):
    words = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + (x >> 8) % 3
        word = SYLLABLES[x % 12]
        for k in range(1, length):
            word += SYLLABLES[(x >> (4 * k)) % 12]
        words.append(word)
    return " ".join(words)


def count(text):
    words = text.split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    bigrams = {}
    for pair in zip(words, words[1:]):
        if pair in bigrams:
            bigrams[pair] += 1
        else:
            bigrams[pair] = 1
    index = {}
    for position, w in enumerate(words):
        index.setdefault(w[:2], []).append(position)
    return counts, bigrams, index


def run(n):
    text = generate(n, 42)
    counts, bigrams, index = count(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    top_pair = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    spread = sum(max(p) - min(p) for p in index.values())
    return len(counts), len(bigrams), top[0], top[-1], top_pair, spread


if __name__ == "__main__":
    import _harness
    _harness.main(run, 600000, 3000)
