-- Gould-Fernandez brokerage counts of every person, equal to R's sna::brokerage (raw.nli).
--
-- Input, two tables (or views) of integers:
--   ties(source, target)  the directed ties; an undirected contact is given in both directions.
--                         Self-loops and repeated rows are ignored here.
--   people(node, grp)     every person (isolated ones too) and the code of their group.
-- Output: one row per person, ordered by node: node, coordinator, itinerant, representative,
-- gatekeeper, liaison (sna's w_I, w_O, b_IO, b_OI, b_O; the total is their sum).
--
-- The degree-product form, which never lists the open two-paths i -> j -> k:
--   * every two-path through broker j pairs one in-tie i -> j with one out-tie j -> k, so the
--     two-paths of each role are products of j's in- and out-ties counted by group;
--   * minus the pairs with i = k (reciprocated ties i <-> j);
--   * minus the closed two-paths (the tie i -> k exists), which are triangles of the
--     undirected contact relation: listed once each by orienting every contact from the
--     lower to the higher (degree, node) rank, then tried in their six orders.
--
-- Plain ANSI SQL (WITH, joins, GROUP BY, CASE, COALESCE, UNION ALL, CAST): it runs unchanged
-- in DuckDB (verbinder's duckdb engine) and in Spark SQL (see the ONA analyst guide).
WITH
t AS (
    SELECT DISTINCT source AS i, target AS j FROM ties WHERE source <> target
),
-- In-ties of each broker b by the group of their source, out-ties by the group of their target.
ins AS (
    SELECT t.j AS b, p.grp AS g, COUNT(*) AS c FROM t JOIN people p ON p.node = t.i GROUP BY t.j, p.grp
),
outs AS (
    SELECT t.i AS b, p.grp AS g, COUNT(*) AS c FROM t JOIN people p ON p.node = t.j GROUP BY t.i, p.grp
),
in_sum AS (
    SELECT ins.b,
           SUM(CASE WHEN ins.g = pb.grp THEN ins.c ELSE 0 END) AS own,
           SUM(ins.c) AS total
    FROM ins JOIN people pb ON pb.node = ins.b
    GROUP BY ins.b
),
out_sum AS (
    SELECT outs.b,
           SUM(CASE WHEN outs.g = pb.grp THEN outs.c ELSE 0 END) AS own,
           SUM(outs.c) AS total
    FROM outs JOIN people pb ON pb.node = outs.b
    GROUP BY outs.b
),
-- Pairs (i, k) of one other group than the broker's: itinerant and the i = k cases.
matched AS (
    SELECT ins.b, SUM(ins.c * outs.c) AS pairs
    FROM ins
    JOIN outs ON outs.b = ins.b AND outs.g = ins.g
    JOIN people pb ON pb.node = ins.b
    WHERE ins.g <> pb.grp
    GROUP BY ins.b
),
-- Reciprocated ties i <-> b: the two-paths i -> b -> i, which broker nothing.
mutual AS (
    SELECT t1.j AS b,
           SUM(CASE WHEN pi.grp = pb.grp THEN 1 ELSE 0 END) AS own,
           SUM(CASE WHEN pi.grp <> pb.grp THEN 1 ELSE 0 END) AS other
    FROM t t1
    JOIN t t2 ON t2.i = t1.j AND t2.j = t1.i
    JOIN people pi ON pi.node = t1.i
    JOIN people pb ON pb.node = t1.j
    GROUP BY t1.j
),
-- The undirected contacts, each once (lower node first), with the degree of each end.
pairs AS (
    SELECT DISTINCT
        CASE WHEN i < j THEN i ELSE j END AS lo,
        CASE WHEN i < j THEN j ELSE i END AS hi
    FROM t
),
degree AS (
    SELECT v, COUNT(*) AS d FROM (SELECT lo AS v FROM pairs UNION ALL SELECT hi AS v FROM pairs) ends GROUP BY v
),
-- Each contact oriented from its lower-ranked end x to its higher-ranked end y.
oriented AS (
    SELECT
        CASE WHEN dl.d < dh.d OR (dl.d = dh.d AND pairs.lo < pairs.hi) THEN pairs.lo ELSE pairs.hi END AS x,
        CASE WHEN dl.d < dh.d OR (dl.d = dh.d AND pairs.lo < pairs.hi) THEN pairs.hi ELSE pairs.lo END AS y
    FROM pairs
    JOIN degree dl ON dl.v = pairs.lo
    JOIN degree dh ON dh.v = pairs.hi
),
-- Every triangle once: two contacts out of its lowest-ranked corner whose far ends are in contact.
triangles AS (
    SELECT o1.x AS a, o1.y AS b, o2.y AS c
    FROM oriented o1
    JOIN oriented o2 ON o2.x = o1.x AND o1.y < o2.y
    JOIN pairs ON pairs.lo = o1.y AND pairs.hi = o2.y
),
orders AS (
    SELECT a AS i, b AS j, c AS k FROM triangles
    UNION ALL SELECT a, c, b FROM triangles
    UNION ALL SELECT b, a, c FROM triangles
    UNION ALL SELECT b, c, a FROM triangles
    UNION ALL SELECT c, a, b FROM triangles
    UNION ALL SELECT c, b, a FROM triangles
),
-- Closed two-paths i -> j -> k with the tie i -> k, by the broker j and its role.
closed AS (
    SELECT o.j AS b,
           SUM(CASE WHEN pi.grp = pj.grp AND pj.grp = pk.grp THEN 1 ELSE 0 END) AS coordinator,
           SUM(CASE WHEN pi.grp = pk.grp AND pi.grp <> pj.grp THEN 1 ELSE 0 END) AS itinerant,
           SUM(CASE WHEN pi.grp = pj.grp AND pj.grp <> pk.grp THEN 1 ELSE 0 END) AS representative,
           SUM(CASE WHEN pj.grp = pk.grp AND pi.grp <> pj.grp THEN 1 ELSE 0 END) AS gatekeeper,
           SUM(CASE WHEN pi.grp <> pj.grp AND pj.grp <> pk.grp AND pi.grp <> pk.grp THEN 1 ELSE 0 END) AS liaison
    FROM orders o
    JOIN t t1 ON t1.i = o.i AND t1.j = o.j
    JOIN t t2 ON t2.i = o.j AND t2.j = o.k
    JOIN t t3 ON t3.i = o.i AND t3.j = o.k
    JOIN people pi ON pi.node = o.i
    JOIN people pj ON pj.node = o.j
    JOIN people pk ON pk.node = o.k
    GROUP BY o.j
)
SELECT
    p.node,
    CAST(COALESCE(i.own, 0) * COALESCE(o.own, 0) - COALESCE(mu.own, 0) - COALESCE(cl.coordinator, 0) AS BIGINT)
        AS coordinator,
    CAST(COALESCE(m.pairs, 0) - COALESCE(mu.other, 0) - COALESCE(cl.itinerant, 0) AS BIGINT) AS itinerant,
    CAST(COALESCE(i.own, 0) * (COALESCE(o.total, 0) - COALESCE(o.own, 0)) - COALESCE(cl.representative, 0) AS BIGINT)
        AS representative,
    CAST((COALESCE(i.total, 0) - COALESCE(i.own, 0)) * COALESCE(o.own, 0) - COALESCE(cl.gatekeeper, 0) AS BIGINT)
        AS gatekeeper,
    CAST(
        (COALESCE(i.total, 0) - COALESCE(i.own, 0)) * (COALESCE(o.total, 0) - COALESCE(o.own, 0))
        - COALESCE(m.pairs, 0) - COALESCE(cl.liaison, 0) AS BIGINT
    ) AS liaison
FROM people p
LEFT JOIN in_sum i ON i.b = p.node
LEFT JOIN out_sum o ON o.b = p.node
LEFT JOIN matched m ON m.b = p.node
LEFT JOIN mutual mu ON mu.b = p.node
LEFT JOIN closed cl ON cl.b = p.node
ORDER BY p.node
