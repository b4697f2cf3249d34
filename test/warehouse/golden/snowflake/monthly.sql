WITH src AS (
  SELECT ROW_NUMBER() OVER (ORDER BY SEQ8()) AS line_no, NULLIF(TRIM(TO_VARCHAR("Customer ID")), '') AS customer_id, TRY_TO_TIMESTAMP_NTZ(TO_VARCHAR("invoice_date")) AS ts,
    CASE WHEN NULLIF(TRIM(TO_VARCHAR("amount")), '') IS NOT NULL THEN TRY_TO_DOUBLE(TO_VARCHAR("amount")) ELSE TRY_TO_DOUBLE(TO_VARCHAR("qty")) * TRY_TO_DOUBLE(TO_VARCHAR("unit_price")) END AS amount0, TRY_TO_DOUBLE(TO_VARCHAR("qty")) AS quantity, TRY_TO_DOUBLE(TO_VARCHAR("unit_price")) AS unit_price,
    NULLIF(TRIM(TO_VARCHAR("invoice_no")), '') AS invoice_id, NULLIF(TRIM(TO_VARCHAR(NULL)), '') AS product, NULLIF(TRIM(TO_VARCHAR(NULL)), '') AS category
  FROM "crm"."sales lines"
), prefix AS (
  SELECT COUNT_IF((REGEXP_INSTR(LOWER(invoice_id), '^(c|av)[[:space:]_-]?[0-9]') > 0)) * 2 <= COUNT(invoice_id) AS in_use
  FROM src
), typed AS (
  SELECT line_no, customer_id, ts, DATEDIFF(day, DATE '1970-01-01', CAST(ts AS DATE)) AS day, quantity, unit_price, invoice_id, product, category,
    COALESCE((amount0 < 0 OR quantity < 0 OR (prefix.in_use AND COALESCE((REGEXP_INSTR(LOWER(invoice_id), '^(c|av)[[:space:]_-]?[0-9]') > 0), FALSE))), FALSE) AS is_return,
    amount0
  FROM src CROSS JOIN prefix
  WHERE customer_id IS NOT NULL AND ts IS NOT NULL AND amount0 IS NOT NULL
), signed AS (
  SELECT *, CASE WHEN is_return AND amount0 > 0 THEN -amount0 ELSE amount0 END AS amount,
    (invoice_id IS NOT NULL OR ts <> CAST(CAST(ts AS DATE) AS TIMESTAMP_NTZ)) AS identifiable
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
    DATEDIFF(day, DATE '1970-01-01', CAST(DATEADD(month, -1, DATEADD(day, CAST(as_of_day AS INTEGER), DATE '1970-01-01')) AS DATE)) AS migration_from_day,
    CAST(7 AS DOUBLE) AS unit_days
  FROM given
), before AS (
  SELECT lines.*, CAST(EXTRACT(YEAR FROM DATEADD(day, CAST(day AS INTEGER), DATE '1970-01-01')) AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM DATEADD(day, CAST(day AS INTEGER), DATE '1970-01-01')) AS INTEGER) AS ym
  FROM lines CROSS JOIN settings WHERE day < as_of_day
), firsts AS (
  SELECT customer_id, MIN(ym) AS first_ym FROM before WHERE NOT is_return GROUP BY customer_id
), month_revenue AS (
  SELECT b.ym, ((FLOOR((SUM(b.amount)) * CAST(1000000 AS DOUBLE)) + CASE WHEN (SUM(b.amount)) * CAST(1000000 AS DOUBLE) - FLOOR((SUM(b.amount)) * CAST(1000000 AS DOUBLE)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS DOUBLE)) AS revenue,
    ((FLOOR((COALESCE(SUM(CASE WHEN f.first_ym = b.ym THEN b.amount END), 0)) * CAST(1000000 AS DOUBLE)) + CASE WHEN (COALESCE(SUM(CASE WHEN f.first_ym = b.ym THEN b.amount END), 0)) * CAST(1000000 AS DOUBLE) - FLOOR((COALESCE(SUM(CASE WHEN f.first_ym = b.ym THEN b.amount END), 0)) * CAST(1000000 AS DOUBLE)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS DOUBLE)) AS new_revenue,
    ((FLOOR((COALESCE(SUM(CASE WHEN f.first_ym < b.ym THEN b.amount END), 0)) * CAST(1000000 AS DOUBLE)) + CASE WHEN (COALESCE(SUM(CASE WHEN f.first_ym < b.ym THEN b.amount END), 0)) * CAST(1000000 AS DOUBLE) - FLOOR((COALESCE(SUM(CASE WHEN f.first_ym < b.ym THEN b.amount END), 0)) * CAST(1000000 AS DOUBLE)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS DOUBLE)) AS returning_revenue
  FROM before b LEFT JOIN firsts f ON f.customer_id = b.customer_id GROUP BY b.ym
), month_orders AS (
  SELECT ym, COUNT(*) AS orders FROM (
    SELECT DISTINCT ym, COALESCE(invoice_id, customer_id || '|' || CAST(day AS VARCHAR)) AS occasion
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
  COALESCE(m.new_buyers, 0) AS "new", COALESCE(m.returning_buyers, 0) AS returning,
  r.new_revenue, r.returning_revenue
FROM month_revenue r LEFT JOIN month_orders o ON o.ym = r.ym LEFT JOIN month_buyers m ON m.ym = r.ym
ORDER BY r.ym;
