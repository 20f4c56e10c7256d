-- Burt's constraint and effective size of every person, equal to networkx (and to verbinder's
-- in-memory engine, verbinder.analysis.holes).
--
-- Input, two tables (or views):
--   arcs(u, v, w)   the tie weights a_uv > 0, one row per directed tie without self-loops
--                   (an undirected contact in both directions; unweighted ties weigh 1).
--   people(node, grp)
-- Output: node, constraint_value, effective_size, ordered by node (NULL for a person without
-- contacts).
--
-- Mutual weight a_uv + a_vu; p_uv = mutual / u's sum, m_uv = mutual / u's largest;
-- constraint(u) = sum over v of (p_uv + sum_w p_uw p_wv)^2 and
-- effective size(u) = sum over v of (1 - sum_w p_uw m_vw), where w runs over the triangles
-- {u, v, w}: listed once each (contacts oriented by (degree, node) rank). Every contact is one
-- row that carries p and m in both directions, so a triangle is found with one join and its
-- terms computed without another.
--
-- Plain ANSI SQL, as brokerage.sql: it runs unchanged in DuckDB and in Spark SQL.
WITH
-- The contacts, each once (lower node first), with their mutual weight.
contacts AS (
    SELECT
        CASE WHEN u < v THEN u ELSE v END AS lo,
        CASE WHEN u < v THEN v ELSE u END AS hi,
        SUM(w) AS w
    FROM arcs
    GROUP BY CASE WHEN u < v THEN u ELSE v END, CASE WHEN u < v THEN v ELSE u END
),
-- Each person's sum and largest of the mutual weights, and number of contacts.
totals AS (
    SELECT v, SUM(w) AS s, MAX(w) AS mx, COUNT(*) AS d
    FROM (SELECT lo AS v, w FROM contacts UNION ALL SELECT hi AS v, w FROM contacts) ends
    GROUP BY v
),
-- Every contact with p and m both ways, and whether lo ranks below hi (degree, then node).
pairs AS (
    SELECT
        c.lo,
        c.hi,
        c.lo * 4294967296 + c.hi AS lohi,
        c.w / tl.s AS p_lohi,
        c.w / th.s AS p_hilo,
        c.w / tl.mx AS m_lohi,
        c.w / th.mx AS m_hilo,
        CASE WHEN tl.d <= th.d THEN 1 ELSE 0 END AS lower_first
    FROM contacts c
    JOIN totals tl ON tl.v = c.lo
    JOIN totals th ON th.v = c.hi
),
-- Each contact oriented from its lower-ranked end x to its higher-ranked end y.
oriented AS (
    SELECT
        CASE WHEN lower_first = 1 THEN lo ELSE hi END AS x,
        CASE WHEN lower_first = 1 THEN hi ELSE lo END AS y,
        CASE WHEN lower_first = 1 THEN p_lohi ELSE p_hilo END AS pxy,
        CASE WHEN lower_first = 1 THEN p_hilo ELSE p_lohi END AS pyx,
        CASE WHEN lower_first = 1 THEN m_lohi ELSE m_hilo END AS mxy,
        CASE WHEN lower_first = 1 THEN m_hilo ELSE m_lohi END AS myx
    FROM pairs
),
-- Every triangle {a, b, c} once (a its lowest-ranked corner, b < c), with p and m along its
-- sides both ways; the closing side b - c looked up by one key, as in brokerage.sql.
triangles AS (
    SELECT
        o1.x AS a, o1.y AS b, o2.y AS c,
        o1.pxy AS p_ab, o1.pyx AS p_ba, o1.mxy AS m_ab, o1.myx AS m_ba,
        o2.pxy AS p_ac, o2.pyx AS p_ca, o2.mxy AS m_ac, o2.myx AS m_ca,
        p.p_lohi AS p_bc, p.p_hilo AS p_cb, p.m_lohi AS m_bc, p.m_hilo AS m_cb
    FROM oriented o1
    JOIN oriented o2 ON o2.x = o1.x AND o1.y < o2.y
    JOIN pairs p ON p.lohi = o1.y * 4294967296 + o2.y
),
-- Each triangle from each corner j, as the terms it adds along the opposite side u - v:
-- p_uj p_jv to the indirect tie u -> v, p_uj m_vj to u's redundancy, and the same from v.
corners AS (
    SELECT
        CASE r WHEN 0 THEN b ELSE a END AS u,
        CASE r WHEN 2 THEN b ELSE c END AS v,
        CASE r WHEN 0 THEN p_ba * p_ac WHEN 1 THEN p_ab * p_bc ELSE p_ac * p_cb END AS indirect_uv,
        CASE r WHEN 0 THEN p_ca * p_ab WHEN 1 THEN p_cb * p_ba ELSE p_bc * p_ca END AS indirect_vu,
        CASE r WHEN 0 THEN p_ba * m_ca WHEN 1 THEN p_ab * m_cb ELSE p_ac * m_bc END AS redundancy_uv,
        CASE r WHEN 0 THEN p_ca * m_ba WHEN 1 THEN p_cb * m_ab ELSE p_bc * m_ac END AS redundancy_vu
    FROM triangles
    CROSS JOIN (SELECT 0 AS r UNION ALL SELECT 1 AS r UNION ALL SELECT 2 AS r) three
),
-- The sums over the triangles of every contact that has any, lo -> hi and hi -> lo.
sides AS (
    SELECT
        CASE WHEN u < v THEN u ELSE v END * 4294967296 + CASE WHEN u < v THEN v ELSE u END AS lohi,
        SUM(CASE WHEN u < v THEN indirect_uv ELSE indirect_vu END) AS indirect_lohi,
        SUM(CASE WHEN u < v THEN indirect_vu ELSE indirect_uv END) AS indirect_hilo,
        SUM(CASE WHEN u < v THEN redundancy_uv ELSE redundancy_vu END) AS redundancy_lohi,
        SUM(CASE WHEN u < v THEN redundancy_vu ELSE redundancy_uv END) AS redundancy_hilo
    FROM corners
    GROUP BY CASE WHEN u < v THEN u ELSE v END * 4294967296 + CASE WHEN u < v THEN v ELSE u END
),
-- Every contact with its whole (direct and indirect) tie lo -> hi and hi -> lo, and the
-- redundancy it adds to lo and to hi.
contributions AS (
    SELECT
        pairs.lo,
        pairs.hi,
        pairs.p_lohi + COALESCE(sides.indirect_lohi, 0) AS tie_lohi,
        pairs.p_hilo + COALESCE(sides.indirect_hilo, 0) AS tie_hilo,
        COALESCE(sides.redundancy_lohi, 0) AS redundancy_lo,
        COALESCE(sides.redundancy_hilo, 0) AS redundancy_hi
    FROM pairs
    LEFT JOIN sides ON sides.lohi = pairs.lohi
),
-- ... as what it adds to the constraint and redundancy of either end.
terms AS (
    SELECT
        CASE e WHEN 0 THEN lo ELSE hi END AS node,
        CASE e WHEN 0 THEN tie_lohi * tie_lohi ELSE tie_hilo * tie_hilo END AS c,
        CASE e WHEN 0 THEN redundancy_lo ELSE redundancy_hi END AS r
    FROM contributions
    CROSS JOIN (SELECT 0 AS e UNION ALL SELECT 1 AS e) two
),
burt AS (
    SELECT node, SUM(c) AS c, SUM(r) AS r, COUNT(*) AS d FROM terms GROUP BY node
)
SELECT
    people.node,
    burt.c AS constraint_value,
    CAST(burt.d AS DOUBLE) - burt.r AS effective_size
FROM people
LEFT JOIN burt ON burt.node = people.node
ORDER BY people.node
