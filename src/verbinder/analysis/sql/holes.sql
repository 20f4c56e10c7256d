-- Burt's constraint and effective size of every person, equal to networkx (and to verbinder's
-- in-memory engine, verbinder.analysis.holes).
--
-- Input, two tables (or views):
--   arcs(u, v, w)   the tie weights a_uv > 0, one row per directed tie without self-loops
--                   (an undirected contact in both directions; unweighted ties weigh 1).
--   people(node, grp)
-- Output: node, constraint, effective_size, ordered by node (NULL for a person without contacts).
--
-- Mutual weight a_uv + a_vu; p_uv = mutual / u's sum, m_uv = mutual / u's largest;
-- constraint(u) = sum over v of (p_uv + sum_w p_uw p_wv)^2 and
-- effective size(u) = sum over v of (1 - sum_w p_uw m_vw), where w runs over the triangles
-- {u, v, w}: listed once each (contacts oriented by (degree, node) rank), then in six orders.
WITH
mutual AS (
    SELECT u, v, SUM(w) AS w FROM (SELECT u, v, w FROM arcs UNION ALL SELECT v AS u, u AS v, w FROM arcs) both_ways
    GROUP BY u, v
),
totals AS (
    SELECT u, SUM(w) AS s, MAX(w) AS mx, COUNT(*) AS d FROM mutual GROUP BY u
),
pm AS (
    SELECT mutual.u, mutual.v, mutual.w / totals.s AS p, mutual.w / totals.mx AS m
    FROM mutual JOIN totals ON totals.u = mutual.u
),
oriented AS (
    SELECT mutual.u AS x, mutual.v AS y
    FROM mutual
    JOIN totals du ON du.u = mutual.u
    JOIN totals dv ON dv.u = mutual.v
    WHERE du.d < dv.d OR (du.d = dv.d AND mutual.u < mutual.v)
),
triangles AS (
    SELECT o1.x AS a, o1.y AS b, o2.y AS c
    FROM oriented o1
    JOIN oriented o2 ON o2.x = o1.x AND o1.y < o2.y
    JOIN mutual ON mutual.u = o1.y AND mutual.v = o2.y
),
orders AS (
    SELECT a, b, c FROM triangles
    UNION ALL SELECT a, c, b FROM triangles
    UNION ALL SELECT b, a, c FROM triangles
    UNION ALL SELECT b, c, a FROM triangles
    UNION ALL SELECT c, a, b FROM triangles
    UNION ALL SELECT c, b, a FROM triangles
),
-- For each order (a, b, c): p_ac p_cb adds to the indirect tie a -> b, p_ac m_bc to a's redundancy.
terms AS (
    SELECT o.a, o.b, pac.p * pcb.p AS indirect, pac.p * pbc.m AS redundancy
    FROM orders o
    JOIN pm pac ON pac.u = o.a AND pac.v = o.c
    JOIN pm pcb ON pcb.u = o.c AND pcb.v = o.b
    JOIN pm pbc ON pbc.u = o.b AND pbc.v = o.c
),
indirect AS (
    SELECT a, b, SUM(indirect) AS s FROM terms GROUP BY a, b
),
redundancy AS (
    SELECT a, SUM(redundancy) AS r FROM terms GROUP BY a
),
constraints AS (
    SELECT pm.u, SUM((pm.p + COALESCE(indirect.s, 0)) * (pm.p + COALESCE(indirect.s, 0))) AS c
    FROM pm LEFT JOIN indirect ON indirect.a = pm.u AND indirect.b = pm.v
    GROUP BY pm.u
)
SELECT
    people.node,
    constraints.c AS constraint_value,
    CAST(totals.d AS DOUBLE) - COALESCE(redundancy.r, 0) AS effective_size
FROM people
LEFT JOIN constraints ON constraints.u = people.node
LEFT JOIN totals ON totals.u = people.node
LEFT JOIN redundancy ON redundancy.a = people.node
ORDER BY people.node
