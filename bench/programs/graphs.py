"""Sets and dicts: a pseudo-random sparse graph as a dict of adjacency sets; breadth-first search
with a visited set, connected components, iterative depth-first search for a topological order of
a DAG view, Dijkstra with heapq, and set algebra over neighbourhoods.  Written for Taipan's
bench/."""
import heapq


def make_graph(n, degree, seed):
    adj = {v: set() for v in range(n)}
    x = seed
    for v in range(n):
        for _ in range(degree):
            x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            w = (x >> 33) % n
            if w != v:
                adj[v].add(w)
                adj[w].add(v)
    return adj


def bfs_levels(adj, start):
    seen = {start}
    frontier = [start]
    levels = 0
    while frontier:
        nxt = []
        for v in frontier:
            for w in adj[v]:
                if w not in seen:
                    seen.add(w)
                    nxt.append(w)
        frontier = nxt
        levels += 1
    return levels, len(seen)


def components(adj):
    unvisited = set(adj)
    sizes = []
    while unvisited:
        root = min(unvisited)
        stack = [root]
        unvisited.discard(root)
        size = 0
        while stack:
            v = stack.pop()
            size += 1
            for w in adj[v]:
                if w in unvisited:
                    unvisited.remove(w)
                    stack.append(w)
        sizes.append(size)
    return sorted(sizes, reverse=True)


def topo_order(adj):
    """The DAG that orients every edge from the smaller vertex to the larger."""
    indegree = {v: sum(1 for w in ws if w < v) for v, ws in adj.items()}
    ready = [v for v, d in indegree.items() if d == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        v = heapq.heappop(ready)
        order.append(v)
        for w in adj[v]:
            if w > v:
                indegree[w] -= 1
                if indegree[w] == 0:
                    heapq.heappush(ready, w)
    return order


def dijkstra(adj, source):
    dist = {source: 0}
    heap = [(0, source)]
    done = set()
    while heap:
        d, v = heapq.heappop(heap)
        if v in done:
            continue
        done.add(v)
        for w in adj[v]:
            nd = d + 1 + (v * 31 + w * 17) % 10
            if nd < dist.get(w, 1 << 60):
                dist[w] = nd
                heapq.heappush(heap, (nd, w))
    return dist


def neighbourhood_overlap(adj, count):
    total = 0
    for v in range(count):
        a = adj[v]
        b = adj[(v * 7 + 3) % len(adj)]
        total += len(a & b) + len(a | b) - len(a ^ b) + len(a - b)
    return total


def run(n):
    adj = make_graph(n, 3, 7)
    levels, reached = bfs_levels(adj, 0)
    sizes = components(adj)
    order = topo_order(adj)
    dist = dijkstra(adj, 0)
    return (levels, reached, len(sizes), sizes[0], len(order), order[-1],
            sum(dist.values()) % 1000003, max(dist.values()), neighbourhood_overlap(adj, n))


if __name__ == "__main__":
    import _harness
    _harness.main(run, 80000, 500)
