-- bench/corpus/workloads/workload.sql - a short SQLite workload for the
-- corpus harness, run by the sqlite3 shell on an in-memory database:
-- generated rows, indexes, joins, aggregates, window functions, JSON,
-- string functions, updates, deletes and a VACUUM.  Deterministic output.

.headers off
.mode list
CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT, city TEXT, score REAL);
CREATE TABLE orders(id INTEGER PRIMARY KEY, cust INTEGER REFERENCES customer(id),
                    item TEXT, qty INTEGER, price REAL, note TEXT);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO customer
  SELECT i, 'cust' || i, 'city' || (i * 7919 % 37), (i * 104729 % 1000) / 10.0 FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)
INSERT INTO orders
  SELECT i, (i * 31337 % 5000) + 1, 'item' || (i % 211), i % 9 + 1,
         (i * 7 % 1000) / 4.0, printf('%08d-%X', i, i * 2654435761 % 4294967296)
  FROM n;

CREATE INDEX orders_cust ON orders(cust);
CREATE INDEX orders_item ON orders(item, qty);
CREATE INDEX customer_city ON customer(city);

SELECT 'counts', (SELECT count(*) FROM customer), (SELECT count(*) FROM orders);

SELECT 'top-city', c.city, count(*), printf('%.2f', sum(o.qty * o.price))
  FROM orders o JOIN customer c ON c.id = o.cust
  GROUP BY c.city ORDER BY sum(o.qty * o.price) DESC, c.city LIMIT 5;

SELECT 'top-item', item, sum(qty), count(DISTINCT cust)
  FROM orders GROUP BY item ORDER BY sum(qty) DESC, item LIMIT 5;

SELECT 'rank', id, name, total, rnk FROM (
  SELECT c.id, c.name, sum(o.qty) AS total,
         rank() OVER (ORDER BY sum(o.qty) DESC, c.id) AS rnk
    FROM customer c JOIN orders o ON o.cust = c.id GROUP BY c.id)
  WHERE rnk <= 5;

SELECT 'running', id, sum(qty) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)
  FROM orders WHERE id % 9973 = 0;

SELECT 'json', json_object('n', count(*), 'items', json_group_array(DISTINCT item))
  FROM (SELECT item FROM orders WHERE qty = 9 AND price > 240 ORDER BY item LIMIT 6);

SELECT 'strings', count(*), sum(length(replace(upper(note), 'A', 'xy'))),
       max(substr(note, 10)), min(instr(note, 'F'))
  FROM orders WHERE note LIKE '%F%';

UPDATE customer SET score = score * 1.5 WHERE city IN ('city3', 'city5', 'city8');
DELETE FROM orders WHERE qty = 1 AND price < 50;
SELECT 'after-update', printf('%.1f', sum(score)), (SELECT count(*) FROM orders) FROM customer;

CREATE TABLE summary AS
  SELECT cust, group_concat(item, ',') AS items, count(*) AS n
    FROM (SELECT cust, item FROM orders ORDER BY cust, id) GROUP BY cust;
SELECT 'summary', count(*), sum(n), max(length(items)) FROM summary;

SELECT 'subquery', count(*) FROM customer c
  WHERE EXISTS (SELECT 1 FROM orders o WHERE o.cust = c.id AND o.qty > 8)
    AND c.score > (SELECT avg(score) FROM customer);

WITH RECURSIVE fib(a, b, k) AS (SELECT 0, 1, 0 UNION ALL SELECT b, a + b, k + 1 FROM fib WHERE k < 80)
SELECT 'fib', max(a) FROM fib;

VACUUM;
PRAGMA integrity_check;
