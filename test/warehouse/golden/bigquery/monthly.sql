WITH src AS (
  SELECT ROW_NUMBER() OVER () AS line_no, NULLIF(TRIM(CAST(`Customer ID` AS STRING)), '') AS customer_id, SAFE_CAST(`invoice_date` AS DATETIME) AS ts,
    CASE WHEN NULLIF(TRIM(CAST(`amount` AS STRING)), '') IS NOT NULL THEN SAFE_CAST(`amount` AS FLOAT64) ELSE SAFE_CAST(`qty` AS FLOAT64) * SAFE_CAST(`unit_price` AS FLOAT64) END AS amount0, SAFE_CAST(`qty` AS FLOAT64) AS quantity, SAFE_CAST(`unit_price` AS FLOAT64) AS unit_price,
    NULLIF(TRIM(CAST(`invoice_no` AS STRING)), '') AS invoice_id, NULLIF(TRIM(CAST(NULL AS STRING)), '') AS product, NULLIF(TRIM(CAST(NULL AS STRING)), '') AS category
  FROM `crm`.`sales lines`
), prefix AS (
  SELECT COUNTIF(REGEXP_CONTAINS(LOWER(invoice_id), '^(c|av)[[:space:]_-]?[0-9]')) * 2 <= COUNT(invoice_id) AS in_use
  FROM src
), typed AS (
  SELECT line_no, customer_id, ts, DATE_DIFF(CAST(ts AS DATE), DATE '1970-01-01', DAY) AS day, quantity, unit_price, invoice_id, product, category,
    (amount0 < 0 OR quantity < 0 OR (prefix.in_use AND REGEXP_CONTAINS(LOWER(invoice_id), '^(c|av)[[:space:]_-]?[0-9]') IS TRUE)) IS TRUE AS is_return,
    amount0
  FROM src CROSS JOIN prefix
  WHERE customer_id IS NOT NULL AND ts IS NOT NULL AND amount0 IS NOT NULL
), signed AS (
  SELECT *, CASE WHEN is_return AND amount0 > 0 THEN -amount0 ELSE amount0 END AS amount,
    (invoice_id IS NOT NULL OR ts <> CAST(CAST(ts AS DATE) AS DATETIME)) AS identifiable
  FROM typed
  WHERE day >= -25567 AND day < 2932896 AND ABS(amount0) <= 1e12
    AND LENGTH(customer_id) <= 255
), kept AS (
  SELECT * FROM signed
  WHERE (unit_price IS NULL OR unit_price >= 0) AND (quantity IS NULL OR quantity <> 0)
), lines AS (
  SELECT line_no, customer_id, day, amount, is_return, invoice_id
  FROM kept WHERE NOT identifiable
  UNION ALL
  SELECT MIN(line_no) AS line_no, customer_id, day, amount, is_return, invoice_id
  FROM kept WHERE identifiable
  GROUP BY customer_id, ts, amount, invoice_id, quantity, unit_price, day, is_return
), given AS (SELECT 19723 AS as_of_day
), settings AS (
  SELECT as_of_day, 19539 AS calibration_end_day,
    DATE_DIFF(CAST(DATE_SUB(DATE_ADD(DATE '1970-01-01', INTERVAL CAST(as_of_day AS INT64) DAY), INTERVAL 1 MONTH) AS DATE), DATE '1970-01-01', DAY) AS migration_from_day,
    CAST(7 AS FLOAT64) AS unit_days
  FROM given
), before AS (
  SELECT lines.*, CAST(EXTRACT(YEAR FROM DATE_ADD(DATE '1970-01-01', INTERVAL CAST(day AS INT64) DAY)) AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM DATE_ADD(DATE '1970-01-01', INTERVAL CAST(day AS INT64) DAY)) AS INTEGER) AS ym
  FROM lines CROSS JOIN settings WHERE day < as_of_day
), firsts AS (
  SELECT customer_id, MIN(ym) AS first_ym FROM before WHERE NOT is_return GROUP BY customer_id
), month_revenue AS (
  SELECT b.ym, ((FLOOR((SUM(b.amount)) * CAST(1000000 AS FLOAT64)) + CASE WHEN (SUM(b.amount)) * CAST(1000000 AS FLOAT64) - FLOOR((SUM(b.amount)) * CAST(1000000 AS FLOAT64)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS FLOAT64)) AS revenue,
    ((FLOOR((COALESCE(SUM(CASE WHEN f.first_ym = b.ym THEN b.amount END), 0)) * CAST(1000000 AS FLOAT64)) + CASE WHEN (COALESCE(SUM(CASE WHEN f.first_ym = b.ym THEN b.amount END), 0)) * CAST(1000000 AS FLOAT64) - FLOOR((COALESCE(SUM(CASE WHEN f.first_ym = b.ym THEN b.amount END), 0)) * CAST(1000000 AS FLOAT64)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS FLOAT64)) AS new_revenue,
    ((FLOOR((COALESCE(SUM(CASE WHEN f.first_ym < b.ym THEN b.amount END), 0)) * CAST(1000000 AS FLOAT64)) + CASE WHEN (COALESCE(SUM(CASE WHEN f.first_ym < b.ym THEN b.amount END), 0)) * CAST(1000000 AS FLOAT64) - FLOOR((COALESCE(SUM(CASE WHEN f.first_ym < b.ym THEN b.amount END), 0)) * CAST(1000000 AS FLOAT64)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS FLOAT64)) AS returning_revenue
  FROM before b LEFT JOIN firsts f ON f.customer_id = b.customer_id GROUP BY b.ym
), month_orders AS (
  SELECT ym, COUNT(*) AS orders FROM (
    SELECT DISTINCT ym, COALESCE(invoice_id, customer_id || '|' || CAST(day AS STRING)) AS occasion
    FROM before WHERE NOT is_return
  ) o GROUP BY ym
), month_buyers AS (
  SELECT b.ym, COUNT(*) AS active,
    COUNT(CASE WHEN f.first_ym = b.ym THEN 1 END) AS new_buyers,
    COUNT(CASE WHEN f.first_ym < b.ym THEN 1 END) AS returning_buyers
  FROM (SELECT DISTINCT ym, customer_id FROM before WHERE NOT is_return) b
  JOIN firsts f ON f.customer_id = b.customer_id
  GROUP BY b.ym
)
SELECT r.ym AS month, r.revenue, COALESCE(o.orders, 0) AS orders, COALESCE(m.active, 0) AS active,
  COALESCE(m.new_buyers, 0) AS `new`, COALESCE(m.returning_buyers, 0) AS returning,
  r.new_revenue, r.returning_revenue
FROM month_revenue r LEFT JOIN month_orders o ON o.ym = r.ym LEFT JOIN month_buyers m ON m.ym = r.ym
ORDER BY r.ym;
