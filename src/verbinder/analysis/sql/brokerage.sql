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
-- Every contact is one row that carries what the triangles need (which directions exist, the
-- groups of both ends), so a triangle is found with one join and counted without another.
--
-- Plain ANSI SQL (WITH, joins, GROUP BY, CASE, UNION ALL, CAST): it runs unchanged in DuckDB
-- (verbinder's duckdb engine) and in Spark SQL (see the ONA analyst guide).
WITH
-- The contacts, each once (lower node first): up = the tie lo -> hi exists, down = hi -> lo.
contacts AS (
    SELECT
        CASE WHEN source < target THEN source ELSE target END AS lo,
        CASE WHEN source < target THEN target ELSE source END AS hi,
        MAX(CASE WHEN source < target THEN 1 ELSE 0 END) AS up,
        MAX(CASE WHEN source > target THEN 1 ELSE 0 END) AS down
    FROM ties
    WHERE source <> target
    GROUP BY CASE WHEN source < target THEN source ELSE target END, CASE WHEN source < target THEN target ELSE source END
),
-- ... with the group of both ends.
pairs AS (
    SELECT c.lo, c.hi, c.lo * 4294967296 + c.hi AS lohi, c.up, c.down, pl.grp AS glo, ph.grp AS ghi
    FROM contacts c
    JOIN people pl ON pl.node = c.lo
    JOIN people ph ON ph.node = c.hi
),
-- Every contact seen from each end v towards w: vw = the tie v -> w exists, wv = w -> v.
ends AS (
    SELECT lo AS v, glo AS gv, ghi AS gw, up AS vw, down AS wv FROM pairs
    UNION ALL
    SELECT hi AS v, ghi AS gv, glo AS gw, down AS vw, up AS wv FROM pairs
),
-- Each person's in- and out-ties, reciprocated ties and contacts by the group of the other end.
by_group AS (
    SELECT v, gv, gw, SUM(wv) AS ins, SUM(vw) AS outs, SUM(vw * wv) AS mutual, COUNT(*) AS contacts
    FROM ends
    GROUP BY v, gv, gw
),
-- Per broker b: in- and out-ties from and to the own group and in all; the pairs (i, k) of one
-- other group than b's (itinerant two-paths and their i = k cases); the reciprocated ties i <-> b
-- (the two-paths i -> b -> i, which broker nothing); the number of contacts (for the ranking).
sums AS (
    SELECT
        v AS b,
        SUM(CASE WHEN gw = gv THEN ins ELSE 0 END) AS in_own,
        SUM(ins) AS in_total,
        SUM(CASE WHEN gw = gv THEN outs ELSE 0 END) AS out_own,
        SUM(outs) AS out_total,
        SUM(CASE WHEN gw <> gv THEN ins * outs ELSE 0 END) AS matched,
        SUM(CASE WHEN gw = gv THEN mutual ELSE 0 END) AS mutual_own,
        SUM(CASE WHEN gw <> gv THEN mutual ELSE 0 END) AS mutual_other,
        SUM(contacts) AS d
    FROM by_group
    GROUP BY v
),
-- Each contact oriented from its lower-ranked end x to its higher-ranked end y (rank: degree, then
-- node; lo < hi, so lo ranks lower when its degree is not larger), with its directions (xy: x -> y,
-- yx: y -> x) and groups.
oriented AS (
    SELECT
        CASE WHEN lower_first = 1 THEN lo ELSE hi END AS x,
        CASE WHEN lower_first = 1 THEN hi ELSE lo END AS y,
        CASE WHEN lower_first = 1 THEN up ELSE down END AS xy,
        CASE WHEN lower_first = 1 THEN down ELSE up END AS yx,
        CASE WHEN lower_first = 1 THEN glo ELSE ghi END AS gx,
        CASE WHEN lower_first = 1 THEN ghi ELSE glo END AS gy
    FROM (
        SELECT pairs.*, CASE WHEN sl.d <= sh.d THEN 1 ELSE 0 END AS lower_first
        FROM pairs
        JOIN sums sl ON sl.b = pairs.lo
        JOIN sums sh ON sh.b = pairs.hi
    ) ranked
),
-- Every triangle {a, b, c} once: two contacts out of its lowest-ranked corner a whose far ends
-- b < c are in contact, with the six directions among its corners and their groups.  The closing
-- contact is looked up by one key of both its ends, lo * 2^32 + hi (nodes are below 2^31), so
-- that the two contacts out of a are joined first: joined first with either of them, it would
-- match every contact of b or c.
triangles AS (
    SELECT
        o1.x AS a, o1.y AS b, o2.y AS c, o1.gx AS ga, o1.gy AS gb, o2.gy AS gc,
        o1.xy AS ab, o1.yx AS ba, o2.xy AS ac, o2.yx AS ca, p.up AS bc, p.down AS cb
    FROM oriented o1
    JOIN oriented o2 ON o2.x = o1.x AND o1.y < o2.y
    JOIN pairs p ON p.lohi = o1.y * 4294967296 + o2.y
),
-- Each triangle from each corner j, with the other corners u and v: the two-path u -> j -> v is
-- closed when the ties u -> j, j -> v and u -> v exist (uv_closed), v -> j -> u likewise.
corners AS (
    SELECT
        CASE r WHEN 0 THEN a WHEN 1 THEN b ELSE c END AS j,
        CASE r WHEN 0 THEN ga WHEN 1 THEN gb ELSE gc END AS gj,
        CASE r WHEN 0 THEN gb ELSE ga END AS gu,
        CASE r WHEN 2 THEN gb ELSE gc END AS gv,
        CASE r WHEN 0 THEN ba * ac * bc WHEN 1 THEN ab * bc * ac ELSE ac * cb * ab END AS uv_closed,
        CASE r WHEN 0 THEN ca * ab * cb WHEN 1 THEN cb * ba * ca ELSE bc * ca * ba END AS vu_closed
    FROM triangles
    CROSS JOIN (SELECT 0 AS r UNION ALL SELECT 1 AS r UNION ALL SELECT 2 AS r) three
),
-- Closed two-paths i -> j -> k (the tie i -> k exists) by the broker j and its role.
closed AS (
    SELECT
        j AS b,
        SUM(CASE WHEN gu = gj AND gv = gj THEN uv_closed + vu_closed ELSE 0 END) AS coordinator,
        SUM(CASE WHEN gu = gv AND gu <> gj THEN uv_closed + vu_closed ELSE 0 END) AS itinerant,
        SUM(
            CASE WHEN gu = gj AND gv <> gj THEN uv_closed WHEN gv = gj AND gu <> gj THEN vu_closed ELSE 0 END
        ) AS representative,
        SUM(
            CASE WHEN gv = gj AND gu <> gj THEN uv_closed WHEN gu = gj AND gv <> gj THEN vu_closed ELSE 0 END
        ) AS gatekeeper,
        SUM(CASE WHEN gu <> gj AND gv <> gj AND gu <> gv THEN uv_closed + vu_closed ELSE 0 END) AS liaison
    FROM corners
    GROUP BY j
)
SELECT
    p.node,
    CAST(COALESCE(s.in_own * s.out_own - s.mutual_own, 0) - COALESCE(cl.coordinator, 0) AS BIGINT) AS coordinator,
    CAST(COALESCE(s.matched - s.mutual_other, 0) - COALESCE(cl.itinerant, 0) AS BIGINT) AS itinerant,
    CAST(COALESCE(s.in_own * (s.out_total - s.out_own), 0) - COALESCE(cl.representative, 0) AS BIGINT)
        AS representative,
    CAST(COALESCE((s.in_total - s.in_own) * s.out_own, 0) - COALESCE(cl.gatekeeper, 0) AS BIGINT) AS gatekeeper,
    CAST(
        COALESCE((s.in_total - s.in_own) * (s.out_total - s.out_own) - s.matched, 0) - COALESCE(cl.liaison, 0)
        AS BIGINT
    ) AS liaison
FROM people p
LEFT JOIN sums s ON s.b = p.node
LEFT JOIN closed cl ON cl.b = p.node
ORDER BY p.node
