"""Generate a seeded organisation network: people in departments, directed contacts.

The network imitates what ``verbinder discover`` meets in a municipality: departments of
unequal size, most contacts inside the own department, and a few very active people
(activity and popularity are log-normal), so degrees are skewed rather than Poisson.

Run as a script to write ``nodes.csv`` (``id,group``) and ``edges.csv`` (``source,target``)::

    python benchmarks/gen_network.py --out benchmarks/out --nodes 50000 --edges 500000
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Network:
    """Edges as 0-based node indices and one department index per node."""

    sources: np.ndarray
    targets: np.ndarray
    groups: np.ndarray

    @property
    def n_nodes(self) -> int:
        return len(self.groups)


def generate(
    n_nodes: int = 50_000,
    n_edges: int = 500_000,
    n_groups: int = 12,
    *,
    within: float = 0.75,
    seed: int = 20240601,
) -> Network:
    """Return a directed network with ``n_edges`` distinct contacts and no self-loops.

    ``within`` is the share of contacts drawn inside the source's own department.
    """
    rng = np.random.default_rng(seed)
    sizes = rng.dirichlet(np.full(n_groups, 2.0))
    groups = rng.choice(n_groups, size=n_nodes, p=sizes)
    activity = rng.lognormal(0.0, 1.0, n_nodes)
    popularity = rng.lognormal(0.0, 1.0, n_nodes)

    # Popularity sampling inside one department: nodes sorted by department, one
    # cumulative weight array, and each department a contiguous segment of it.
    order = np.argsort(groups, kind="stable")
    cum = np.cumsum(popularity[order])
    seg_end = np.searchsorted(groups[order], np.arange(n_groups), side="right")
    seg_hi = cum[seg_end - 1]
    seg_lo = np.concatenate(([0.0], seg_hi[:-1]))
    p_source = activity / activity.sum()

    keys = np.empty(0, dtype=np.int64)
    while len(keys) < n_edges:
        batch = int((n_edges - len(keys)) * 1.2) + 1000
        src = rng.choice(n_nodes, size=batch, p=p_source)
        inside = rng.random(batch) < within
        g = groups[src]
        u = seg_lo[g] + rng.random(batch) * (seg_hi[g] - seg_lo[g])
        tgt_inside = order[np.minimum(np.searchsorted(cum, u, side="right"), n_nodes - 1)]
        tgt_any = order[np.minimum(np.searchsorted(cum, rng.random(batch) * cum[-1], side="right"), n_nodes - 1)]
        tgt = np.where(inside, tgt_inside, tgt_any)
        new = src.astype(np.int64) * n_nodes + tgt
        new = new[src != tgt]
        keys = np.concatenate((keys, new))
        _, first = np.unique(keys, return_index=True)
        keys = keys[np.sort(first)]  # distinct, in the order drawn
    keys = keys[:n_edges]
    return Network(keys // n_nodes, keys % n_nodes, groups)


def write_csv(net: Network, out: Path) -> tuple[Path, Path]:
    """Write ``nodes.csv`` (``id,group``, departments named ``dept01``...) and ``edges.csv``."""
    out.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path = out / "nodes.csv", out / "edges.csv"
    names = np.array([f"dept{g + 1:02d}" for g in range(int(net.groups.max()) + 1)])
    with nodes_path.open("w") as f:
        f.write("id,group\n")
        f.write("".join(f"{i},{name}\n" for i, name in enumerate(names[net.groups])))
    np.savetxt(
        edges_path,
        np.column_stack((net.sources, net.targets)),
        fmt="%d",
        delimiter=",",
        header="source,target",
        comments="",
    )
    return nodes_path, edges_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=500_000)
    parser.add_argument("--groups", type=int, default=12)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    net = generate(args.nodes, args.edges, args.groups, seed=args.seed)
    for path in write_csv(net, args.out):
        print(path)


if __name__ == "__main__":
    main()
